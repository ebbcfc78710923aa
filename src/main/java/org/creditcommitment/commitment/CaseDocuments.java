package org.creditcommitment.commitment;

import static org.creditcommitment.documents.DocumentRequest.values;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.documents.DocumentRequest;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.springframework.stereotype.Component;

/**
 * The documents of an application case, each issued by the step that makes its decision, in that step's
 * transaction, from the case record: the 告知书 and the 承诺书 for paper signing (义政数〔2020〕17号 四（二）、（三）;
 * 普政数局〔2022〕25号 （七）), the 受理 or 不予受理 notice, the licence decision or its refusal (四（四）), the
 * rectification notice and the punishment decision (四（七）).
 */
@Component
class CaseDocuments {

  /** The reason a 不予受理通知书 and its mail give when the clerk wrote none. */
  static final String NOT_ACCEPTABLE = "申请不符合受理条件。";

  private final Documents documents;
  private final Cases cases;
  private final Catalogue catalogue;
  private final Letters letters;
  private final CaseServices services;
  private final Clock clock;
  private final PriorNotices priorNotices;

  private final org.camunda.bpm.engine.IdentityService identity;

  CaseDocuments(Documents documents, Cases cases, Catalogue catalogue, Letters letters, CaseServices services,
      Clock clock, PriorNotices priorNotices, org.camunda.bpm.engine.IdentityService identity) {
    this.identity = identity;
    this.services = services;
    this.priorNotices = priorNotices;
    this.clock = clock;
    this.documents = documents;
    this.cases = cases;
    this.catalogue = catalogue;
    this.letters = letters;
  }

  IssuedDocument conditionsNotice(String caseNo, LocalDate signDeadline) {
    CaseRecord c = cases.require(caseNo);
    ServiceItem item = item(c);
    return issue(DocumentType.CONDITIONS_NOTICE, c, null, values(
        "conditions", item.conditions(), "standards", item.standards(),
        "materials", item.materials() == null ? List.of() : item.materials(),
        "commitmentTypeLabel", c.commitmentType().label(), "signDeadline", Documents.date(signDeadline)));
  }

  IssuedDocument commitmentLetter(String caseNo) {
    CaseRecord c = cases.require(caseNo);
    Letters.StoredLetter letter = letters.letter(caseNo).orElseThrow();
    return issue(DocumentType.COMMITMENT_LETTER, c, null, values(
        "letterText", letter.text(), "letterSha256", letter.sha256()));
  }

  IssuedDocument acceptance(String caseNo, LocalDate decisionDue, LocalDate materialsDue) {
    CaseRecord c = cases.require(caseNo);
    List<String> missing = c.missingMaterials() == null ? List.of() : c.missingMaterials();
    return issue(DocumentType.ACCEPTANCE_NOTICE, c, null, values(
        "acceptedDate", Documents.date(LocalDate.now(clock)),
        "commitmentTypeLabel", c.commitmentType().label(), "decisionDueDate", Documents.date(decisionDue),
        "missingMaterials", missing, "materialsDueDate", missing.isEmpty() ? null : Documents.date(materialsDue)));
  }

  /**
   * The application counts as accepted from receipt: no correction request went out within five working days
   * (中华人民共和国行政许可法 第三十二条); the notice gives the receipt as the acceptance date and says why.
   */
  IssuedDocument deemedAcceptance(String caseNo, LocalDate received, LocalDate decisionDue, LocalDate materialsDue) {
    CaseRecord c = cases.require(caseNo);
    List<String> missing = c.missingMaterials() == null ? List.of() : c.missingMaterials();
    return issue(DocumentType.ACCEPTANCE_NOTICE, c, null, values(
        "acceptedDate", Documents.date(received),
        "commitmentTypeLabel", c.commitmentType().label(), "decisionDueDate", Documents.date(decisionDue),
        "missingMaterials", missing, "materialsDueDate", missing.isEmpty() ? null : Documents.date(materialsDue),
        "deemed", DEEMED_ACCEPTANCE));
  }

  /** What the case history and the notice say of an application accepted by law. */
  static final String DEEMED_ACCEPTANCE = "本机关未在收到申请材料之日起五个工作日内一次性告知需要补正的全部内容。根据《中华人民共和国"
      + "行政许可法》第三十二条的规定，你（单位）的申请自收到申请材料之日起即为受理。";

  /**
   * 补正材料通知书 (中华人民共和国行政许可法 第三十二条): every material to correct and what is wrong with it, at once, and
   * the period within which the applicant corrects.
   */
  IssuedDocument correction(String caseNo, LocalDate received, List<CaseProcedure.CorrectionItem> items,
      LocalDate due) {
    return issue(DocumentType.CORRECTION_NOTICE, cases.require(caseNo), null, values(
        "receivedDate", Documents.date(received),
        "items", items.stream().map(i -> Map.of("material", i.material(), "problem", i.problem())).toList(),
        "correctionDueDate", Documents.date(due),
        "howToSubmit", "请通过网上办事大厅本办件页面或到政务服务中心窗口提交补正材料，并逐项说明补正情况。"));
  }

  IssuedDocument nonAcceptance(String caseNo, String reason) {
    return issue(DocumentType.NON_ACCEPTANCE_NOTICE, cases.require(caseNo), null, values("reason", reason));
  }

  IssuedDocument licence(String caseNo, String licenceNo) {
    CaseRecord c = cases.require(caseNo);
    return issue(DocumentType.LICENCE_DECISION, c, null, values("licenceNo", licenceNo,
        "commitmentTypeLabel", c.commitmentType().label(), "decisionDate", Documents.date(LocalDate.now(clock))));
  }

  IssuedDocument denial(String caseNo, String reason) {
    return issue(DocumentType.DENIAL_DECISION, cases.require(caseNo), null, values("reason", reason,
        "falseCommitment", null));
  }

  /**
   * The 不予行政许可决定书 for a false commitment: it states the finding and that the subject's dishonesty record is
   * entered and published (普政数局〔2022〕25号 二（三）一是); the 失信惩戒决定书 follows from the punishment step.
   */
  IssuedDocument falseCommitmentDenial(String caseNo, String reason) {
    return issue(DocumentType.DENIAL_DECISION, cases.require(caseNo), null, values("reason", reason,
        "falseCommitment", "你（单位）作出的信用承诺经核实不实，属于提供虚假材料、伪造相关证件材料等弄虚作假行为。依据"
            + "普宁市“信用+政务服务”工作方案（普政数局〔2022〕25号）二（三）的规定，本机关依法从严审批，将该失信行为记入"
            + "你（单位）的信用记录并及时公开，另行作出失信惩戒决定。"));
  }

  IssuedDocument rectification(String caseNo, String findings, LocalDate inspected, LocalDate due) {
    return issue(DocumentType.RECTIFICATION_NOTICE, cases.require(caseNo), null, values(
        "inspectionDate", Documents.date(inspected), "findings", findings, "rectificationDueDate", Documents.date(due),
        "howToSubmit", "请在整改期限内通过网上办事大厅本办件页面或到政务服务中心窗口提交整改情况说明及相关证明材料，"
            + "并配合复查。逾期未提交的，视为未整改。"));
  }

  /** @param decidedBy the approver who decided the punishment: the decision names them, not the job issuing it */
  IssuedDocument punishment(String caseNo, String recordId, String record, List<PunishmentMeasure> measures,
      Integer barMonths, LocalDate supervisedUntil, String basis, LocalDate publicityFrom, LocalDate publicityUntil,
      String decidedBy) {
    boolean barred = measures.contains(PunishmentMeasure.NO_COMMITMENT_MODE) && barMonths != null;
    IssuedDocument decision = issue(DocumentType.PUNISHMENT_DECISION, cases.require(caseNo), recordId, decidedBy, values(
        "record", record, "measures", measures.stream().map(PunishmentMeasure::label).toList(),
        "basis", basis, "barMonths", barred ? String.valueOf(barMonths) : null,
        "supervisedUntil", supervisedUntil == null ? null : Documents.date(supervisedUntil),
        "publicityFrom", Documents.date(publicityFrom), "publicityUntil", Documents.date(publicityUntil),
        "heard", heard(caseNo)));
    if (measures.contains(PunishmentMeasure.REVOKE_LICENCE)) {
      // the number is taken in the step all the same: the revocation pushed to the platform quotes it (Punishments)
      documents.invalidate(caseNo, DocumentType.LICENCE_DECISION,
          "行政许可已依失信惩戒决定（" + decision.number() + "）撤销");
    }
    return decision;
  }

  /**
   * 拟作出失信惩戒告知书 (中华人民共和国行政处罚法 第四十四条、第四十五条、第六十三条; 国办发〔2020〕49号): the facts, the basis, the
   * measures proposed, the last day to state one's case, and whether a hearing may be asked for.
   */
  IssuedDocument priorNotice(String caseNo, PriorNotices.Notice notice, LocalDate statementDue) {
    return issue(DocumentType.PRIOR_NOTICE, cases.require(caseNo), null, values(
        "facts", notice.facts(), "basis", notice.basis(),
        "measures", notice.proposedMeasures().stream().map(PunishmentMeasure::label).toList(),
        "statementDueDate", Documents.date(statementDue), "hearingRight", notice.hearingRight(),
        "howToState", "请在上述期限内通过网上办事大厅本办件页面提交陈述申辩意见，或到政务服务中心窗口书面提出。"));
  }

  /**
   * How the subject was heard before the decision, as the 失信惩戒决定书 states it: the prior notice, then the statement
   * (and the hearing) with the approver's answer, or that none came within the period. Null for a case decided before
   * prior notices were given.
   */
  private String heard(String caseNo) {
    PriorNotices.Notice notice = priorNotices.notice(caseNo).filter(n -> n.issuedAt() != null).orElse(null);
    if (notice == null) {
      return null;
    }
    StringBuilder text = new StringBuilder("本机关于").append(day(notice.issuedAt()))
        .append("向你（单位）送达《拟作出失信惩戒告知书》（").append(notice.documentNo()).append("），告知拟作出的惩戒措施及其事实、理由、依据和"
            + "你（单位）依法享有的陈述、申辩权利。");
    PriorNotices.Statement statement = priorNotices.statement(caseNo).orElse(null);
    if (statement == null || statement.outcome() == PriorNotices.Outcome.LAPSED) {
      return text.append("你（单位）在规定期限内未提出陈述、申辩，视为放弃陈述、申辩权利。").toString();
    }
    text.append("你（单位）于").append(day(statement.recordedAt())).append("提出了陈述、申辩");
    priorNotices.hearing(caseNo).ifPresentOrElse(h -> text.append("并要求听证，本机关于").append(Documents.date(h.date()))
        .append("举行了听证。"), () -> text.append("。"));
    text.append("本机关对你（单位）的陈述、申辩意见进行了复核，答复如下：").append(notice.answer() == null ? "" : notice.answer());
    return text.toString();
  }

  private static String day(OffsetDateTime time) {
    return Documents.date(time.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate());
  }

  /** 延期通知书 (行政许可法 第四十二条): the extension's reason and the new last day of the decision period. */
  IssuedDocument extensionNotice(String caseNo, String reason, int workingDays, LocalDate before, LocalDate after) {
    return issue(DocumentType.EXTENSION_NOTICE, cases.require(caseNo), null, values("reason", reason,
        "workingDays", String.valueOf(workingDays), "previousDueDate", Documents.date(before),
        "newDueDate", Documents.date(after), "approvedDate", Documents.date(LocalDate.now(clock))));
  }

  /** 中止办理期限通知书 (行政许可法 第四十五条): what the period waits for, and its last day before it stopped. */
  IssuedDocument suspensionNotice(String caseNo, SuspensionKind kind, String reason, LocalDate before) {
    return issue(DocumentType.SUSPENSION_NOTICE, cases.require(caseNo), null, values("kindLabel", kind.label(),
        "reason", reason, "suspendedDate", Documents.date(LocalDate.now(clock)),
        "previousDueDate", Documents.date(before)));
  }

  /** 恢复计算办理期限通知书: the working days not counted and the new last day. */
  IssuedDocument resumptionNotice(String caseNo, SuspensionKind kind, LocalDate suspended, int workingDays,
      LocalDate after, String note) {
    return issue(DocumentType.RESUMPTION_NOTICE, cases.require(caseNo), null, values("kindLabel", kind.label(),
        "suspendedDate", Documents.date(suspended), "resumedDate", Documents.date(LocalDate.now(clock)),
        "workingDays", String.valueOf(workingDays), "newDueDate", Documents.date(after), "note", note));
  }

  /**
   * 行政许可审批表 (行政许可法 第三十七条、第三十八条): every level's opinion in the order given, returns included, who gave
   * it (by name) and when, and the decision the final level made.
   */
  /**
   * The approval sheet of a leveled decision (行政许可审批表, 失信惩戒审批表): the levels, every opinion in order (returns
   * included), who gave it and when, and the decision; dated from the acceptance, or for a punishment from the prior
   * notice the subject was heard on.
   */
  IssuedDocument approvalSheet(String caseNo, ApprovalPhase phase, String decisionLabel,
      List<ApprovalOpinions.Opinion> opinions) {
    CaseRecord c = cases.require(caseNo);
    int levels = opinions.isEmpty() ? 1 : opinions.get(opinions.size() - 1).levels();
    List<Map<String, Object>> rows = opinions.stream().map(o -> Map.<String, Object>of(
        "levelName", ApprovalLevels.name(o.level(), o.levels()), "groupName", groupName(o.group()),
        "opinion", o.opinion(), "outcome", o.outcome().label(), "givenBy", userName(o.givenBy()),
        "givenAt", MINUTE.format(o.givenAt().atZoneSameInstant(WorkingDayCalendar.ZONE)))).toList();
    Map<String, Object> v = values("levelsText", levelsText(levels), "decisionLabel", decisionLabel,
        "decisionDate", Documents.date(LocalDate.now(clock)), "opinions", rows);
    if (phase == ApprovalPhase.PUNISHMENT) {
      v.put("punishment", true);
      v.put("priorNoticeDate", priorNotices.notice(caseNo).filter(n -> n.issuedAt() != null)
          .map(n -> day(n.issuedAt())).orElse(null));
    } else {
      OffsetDateTime accepted = cases.acceptance(caseNo).acceptedAt();
      v.put("acceptedDate", accepted == null ? null : day(accepted));
    }
    return issue(phase.sheet(), c, null, v);
  }

  private static final java.time.format.DateTimeFormatter MINUTE =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static String levelsText(int levels) {
    return switch (levels) {
      case 3 -> "三级（承办、审核、批准）";
      case 2 -> "二级（承办、批准）";
      default -> "一级（审批）";
    };
  }

  private String userName(String user) {
    return org.creditcommitment.security.SystemCall.run(identity, () -> org.creditcommitment.security.UserNames
        .display(identity.createUserQuery().userId(user).singleResult(), user));
  }

  private String groupName(String group) {
    return org.creditcommitment.security.SystemCall.run(identity, () -> {
      org.camunda.bpm.engine.identity.Group g = identity.createGroupQuery().groupId(group).singleResult();
      return g == null || g.getName() == null ? group : g.getName();
    });
  }

  /** The newest document of this type of the case, e.g. for the link in a mail. */
  Optional<IssuedDocument> latest(String caseNo, DocumentType type) {
    return documents.latest(caseNo, type);
  }

  /** The public verification page of a document, where its addressee can also open it. */
  String link(IssuedDocument document) {
    return documents.verifyUrl(document);
  }

  private IssuedDocument issue(DocumentType type, CaseRecord c, String recordRef, Map<String, Object> values) {
    return issue(type, c, recordRef, null, values);
  }

  /** @param issuedBy the deciding official; null for whoever runs the step */
  private IssuedDocument issue(DocumentType type, CaseRecord c, String recordRef, String issuedBy,
      Map<String, Object> values) {
    IssuedDocument issued = documents.issue(new DocumentRequest(type, c.caseNo(), c.applicantCode(),
        c.applicantName(), item(c).name(), c.department(), recordRef, values), issuedBy);
    services.issued(issued);
    return issued;
  }

  private ServiceItem item(CaseRecord c) {
    return catalogue.find(c.itemCode()).orElseThrow();
  }
}
