package org.creditcommitment.commitment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.creditcommitment.calendar.DueSpec;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.catalogue.LetterTemplate;
import org.creditcommitment.catalogue.ServiceItem;
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

  CaseFormContext(Cases cases, Letters letters, Catalogue catalogue, CasePeriods periods, SubjectCodes codes,
      KeySupervisionList keySupervision) {
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
    put(v, "negativeReminderText", facts.negativeReminder());
    put(v, "benefitsText", facts.benefits());
    v.put("servicesToHonourText", servicesToHonour(c, facts, item));
    v.put("siteSurveyText", siteSurvey(facts, item));
    put(v, "eligibilityReason", c.eligibilityReason());
    put(v, "licenceNo", c.licenceNo());
    // the punishment form's 违诺事由: why rectification was ordered, or the false commitment found (none ordered)
    put(v, "rectificationReason", facts.breachReason());
    put(v, "rectificationDescription", facts.rectificationDescription());
    SupervisionProperties.Measure measure = keySupervision.measure();
    v.put("supervisionPeriodText", "自惩戒决定之日起计算；不填为 " + measure.defaultMonths() + " 个月，最长 "
        + measure.maxMonths() + " 个月；信用修复后提前解除");
    letters.letter(c.caseNo()).ifPresent(letter -> {
      v.put("letterText", letter.text());
      v.put("letterSha256", letter.sha256());
    });
    return v;
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
