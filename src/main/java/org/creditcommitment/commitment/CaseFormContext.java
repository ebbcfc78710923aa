package org.creditcommitment.commitment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.calendar.DueSpec;
import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.catalogue.LetterTemplate;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.evidence.EvidenceFiles;
import org.creditcommitment.evidence.EvidenceLinks;
import org.creditcommitment.security.TaskFormContext;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.supervision.KeySupervisionList;
import org.creditcommitment.supervision.SupervisionProperties;
import org.springframework.stereotype.Component;

/**
 * What the lifecycle's forms show about the case, read from the case record, its letter and the catalogue when an
 * official opens the task: the engine's history keeps no copy of it for every case, and a form shows what the record
 * says at that moment. The field keys are the forms' contract (docs/tasks-over-rest.md).
 */
@Component
class CaseFormContext implements TaskFormContext {

  private final Cases cases;
  private final Letters letters;
  private final Catalogue catalogue;
  private final CasePeriods periods;
  private final SubjectCodes codes;
  private final KeySupervisionList keySupervision;
  private final CaseProcedure procedure;
  private final ApprovalLevels levels;
  private final ApprovalOpinions opinions;
  private final EvidenceFiles evidenceFiles;

  CaseFormContext(Cases cases, Letters letters, Catalogue catalogue, CasePeriods periods, SubjectCodes codes,
      KeySupervisionList keySupervision, CaseProcedure procedure, ApprovalLevels levels, ApprovalOpinions opinions,
      EvidenceFiles evidenceFiles) {
    this.evidenceFiles = evidenceFiles;
    this.procedure = procedure;
    this.levels = levels;
    this.opinions = opinions;
    this.keySupervision = keySupervision;
    this.cases = cases;
    this.letters = letters;
    this.catalogue = catalogue;
    this.periods = periods;
    this.codes = codes;
  }

  @Override
  public Map<String, Object> values(FormTask task) {
    if (!CaseApplications.PROCESS_KEY.equals(task.processDefinitionKey()) || task.businessKey() == null) {
      return Map.of();
    }
    CaseRecord c = cases.find(task.businessKey()).orElse(null);
    if (c == null) {
      return Map.of();
    }
    CaseFacts facts = cases.facts(c.caseNo());
    ServiceItem item = catalogue.find(c.itemCode()).orElseThrow();
    Map<String, Object> v = new HashMap<>();
    v.put("applicantCodeMasked", codes.parse(c.applicantCode()).masked());
    v.put("commitmentTypeLabel", c.commitmentType().label());
    v.put("materialsText", LetterTemplate.numbered(item.materials()));
    v.put("missingMaterialsText", c.missingMaterials().isEmpty() ? "无" : LetterTemplate.numbered(c.missingMaterials()));
    v.put("signingPeriodText", LetterTemplate.periodText(periods.of(c, facts, "signing")));
    if (c.commitmentType() == CommitmentType.TOLERATE_MISSING) {
      v.put("materialsPeriodText", LetterTemplate.periodText(periods.of(c, facts, "materials")));
    }
    put(v, "grade", facts.grade());
    if (facts.redListed() != null) {
      v.put("redListText", !facts.redListed() ? "否" : "是（守信红名单，享受绿色通道：作出行政决定期限 "
          + LetterTemplate.periodText(periods.of(c, facts, "decision")) + "）");
    }
    put(v, "negativeReminderText", DishonestyRecord.forForms(facts.negativeReminder()));
    put(v, "benefitsText", facts.benefits());
    v.put("servicesToHonourText", servicesToHonour(c, facts, item));
    v.put("siteSurveyText", siteSurvey(facts, item));
    put(v, "eligibilityReason", c.eligibilityReason());
    put(v, "licenceNo", c.licenceNo());
    // the punishment form's 违诺事由: why rectification was ordered, or the false commitment found (none ordered)
    put(v, "rectificationReason", facts.breachReason());
    put(v, "rectificationDescription", facts.rectificationDescription());
    // a form's text links the case's evidence files (the rectification's and the re-inspection's)
    v.put("evidenceFileLinks", EvidenceLinks.markdown(evidenceFiles.of(CaseEvidence.KIND, c.caseNo()), "无"));
    SupervisionProperties.Measure measure = keySupervision.measure();
    v.put("supervisionPeriodText", "自惩戒决定之日起计算；不填为 " + measure.defaultMonths() + " 个月，最长 "
        + measure.maxMonths() + " 个月；信用修复后提前解除");
    v.put("correctionText", correctionText(c.caseNo()));
    v.put("returnReasonText", procedure.latestReturnTo(c.caseNo(), task.taskDefinitionKey())
        .map(r -> DISPLAY.format(r.returnedAt().atZoneSameInstant(WorkingDayCalendar.ZONE)) + " 由 " + r.returnedBy()
            + " 自「" + STEP_NAMES.getOrDefault(r.fromStep(), r.fromStep()) + "」退回：" + r.reason())
        .orElse("无"));
    approval(v, c, item, ApprovalPhase.ofStep(task.taskDefinitionKey()));
    letters.letter(c.caseNo()).ifPresent(letter -> {
      v.put("letterText", letter.text());
      v.put("letterSha256", letter.sha256());
    });
    return v;
  }

  private static final java.time.format.DateTimeFormatter DISPLAY =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Map<String, String> STEP_NAMES = Map.of("Task_MakeDecision", "作出行政决定",
      ReviewOutcome.TASK, "逐级审批", ApprovalPhase.PUNISHMENT.reviewTask(), "失信惩戒逐级审批",
      ApprovalPhase.PUNISHMENT.finalTask(), "决定惩戒措施", "Task_AcceptApplication", "受理申请", "Task_Reinspect", "整改复查", "Task_InspectFulfilment", "履约践诺核查");

  /**
   * 逐级审批: the level the case is at (承办, 审核, 批准 and its group) and every opinion given so far, returns included, so
   * each level decides knowing what the levels before it said; on the punishment's steps, those of the punishment.
   */
  private void approval(Map<String, Object> v, CaseRecord c, ServiceItem item, ApprovalPhase phase) {
    int all = item.levels();
    int level = Math.min(levels.current(c.caseNo(), phase), all);
    v.put("approvalLevelText", all == 1 ? "一级审批（审批人员作出决定）"
        : "第 " + level + " 级（共 " + all + " 级）：" + ApprovalLevels.name(level, all) + "，" + levels.group(c.caseNo(), level));
    List<ApprovalOpinions.Opinion> given = opinions.of(c.caseNo(), phase);
    if (given.isEmpty()) {
      v.put("approvalOpinionsText", all == 1 ? "无（一级审批，由审批人员直接作出决定）" : "无（本办件尚无审批意见）");
      return;
    }
    List<String> lines = new ArrayList<>();
    for (ApprovalOpinions.Opinion o : given) {
      lines.add(DISPLAY.format(o.givenAt().atZoneSameInstant(WorkingDayCalendar.ZONE)) + " "
          + ApprovalLevels.name(o.level(), o.levels()) + "（" + o.givenBy() + "，" + o.outcome().label() + "）："
          + o.opinion());
    }
    v.put("approvalOpinionsText", LetterTemplate.numbered(lines));
  }

  /**
   * What the acceptance review knows of the one correction (一次性告知补正, 中华人民共和国行政许可法 第三十二条): whether it
   * may still be requested, or what was requested and what the applicant corrected.
   */
  private String correctionText(String caseNo) {
    Optional<CaseProcedure.Correction> correction = procedure.correction(caseNo);
    if (correction.isEmpty()) {
      return cases.acceptance(caseNo).acceptedAt() != null ? "未告知补正；本办件已受理，不能再要求补正"
          : "未告知补正。材料不齐全或不符合法定形式的，可在收到申请材料之日起五个工作日内一次性告知补正（仅限一次）；"
              + "逾期未告知的，自收到申请材料之日起即为受理";
    }
    CaseProcedure.Correction k = correction.get();
    StringBuilder s = new StringBuilder("已于 ").append(k.requestedAt().atZoneSameInstant(WorkingDayCalendar.ZONE)
        .toLocalDate()).append(" 一次性告知补正（补正期限至 ").append(k.dueDate()).append("），不能再次要求补正：\n")
        .append(CorrectionItems.text(k.items()));
    if (k.submittedAt() != null) {
      s.append("\n申请人已于 ").append(DISPLAY.format(k.submittedAt().atZoneSameInstant(WorkingDayCalendar.ZONE)))
          .append(" 补正：").append(k.statement());
    }
    return s.toString();
  }

  /**
   * The benefits that change this case's handling, as the clerk and the approver honour them (平龙政服领办〔2022〕11号 三;
   * 普政数局〔2022〕25号 二（二）): the services granted, the green channel's decision period and 即时办理.
   */
  private String servicesToHonour(CaseRecord c, CaseFacts facts, ServiceItem item) {
    List<String> lines = new ArrayList<>();
    String decisionPeriod = periods.of(c, facts, "decision");
    if (decisionPeriod.equals(DueSpec.SAME_WORKING_DAY)) {
      lines.add("即时办理：受理当日作出行政决定");
    } else if (facts.benefits() != null && facts.benefits().contains(RecordBenefitsListener.GREEN_CHANNEL)) {
      lines.add("绿色通道：自受理之日起" + LetterTemplate.periodText(decisionPeriod) + "内作出行政决定");
    }
    for (GrantedService service : GrantedService.read(facts.grantedServices())) {
      if (service == GrantedService.NO_SITE_SURVEY && !item.siteSurvey()) {
        continue;
      }
      lines.add(service.label() + "：" + service.duty());
    }
    return lines.isEmpty() ? "无" : LetterTemplate.numbered(lines);
  }

  /** Whether the approver surveys the site before deciding: the item's survey, unless 现场免勘验 waives it. */
  private static String siteSurvey(CaseFacts facts, ServiceItem item) {
    if (!item.siteSurvey()) {
      return "本事项作出决定前无现场勘验";
    }
    return GrantedService.read(facts.grantedServices()).contains(GrantedService.NO_SITE_SURVEY)
        ? "免于现场勘验（申请人享受“现场免勘验”守信激励，依据书面承诺作出决定）"
        : "须现场勘验：作出行政决定前进行现场勘验";
  }

  private static void put(Map<String, Object> values, String key, Object value) {
    if (value != null) {
      values.put(key, value);
    }
  }
}
