package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditRecord;
import org.creditcommitment.credit.CreditRecordType;
import org.creditcommitment.credit.PushReceipt;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.supervision.KeySupervisionList;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 记入失信记录并公示 (义政数〔2020〕17号 四(七); a false commitment, 普政数局〔2022〕25号 二（三）一是: 及时公开其失信记录):
 * the broken or false commitment becomes a dishonesty record in the
 * subject's credit file on the credit platform, public until its publicity ends. While it is public the
 * subject is refused commitment mode (the eligibility DMN's "commitmentBarred"); with NO_COMMITMENT_MODE the
 * publicity lasts at least the months the approver chose. With KEY_SUPERVISION the subject is listed under key
 * supervision (汕府办函〔2021〕17号 二（一）: 将违背信用承诺的市场主体列入重点监管范围) for the months the approver chose,
 * tied to this record so that its repair ends the listing. The 失信惩戒决定书 is issued here, where the record and its
 * publicity period are known; a revoked licence's decision is marked no longer valid. All in one transaction: a
 * platform that refuses leaves nothing, and the retried step pushes and lists once.
 */
@Component("recordDishonestyDelegate")
class RecordDishonestyDelegate implements JavaDelegate {

  private final CreditPlatform platform;
  private final Clock clock;
  private final Period publicityPeriod;
  private final Cases cases;
  private final PublicationDeadline publication;
  private final CaseDocuments documents;
  private final KeySupervisionList keySupervision;

  RecordDishonestyDelegate(CreditPlatform platform, Clock clock,
      @Value("${cc.punishment.publicity-period}") String publicityPeriod, Cases cases, PublicationDeadline publication,
      CaseDocuments documents, KeySupervisionList keySupervision) {
    this.documents = documents;
    this.keySupervision = keySupervision;
    this.publication = publication;
    this.platform = platform;
    this.clock = clock;
    this.cases = cases;
    this.publicityPeriod = Period.parse(publicityPeriod);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = execution.getProcessBusinessKey();
    CaseRecord c = cases.require(caseNo);
    CaseFacts facts = cases.facts(caseNo);
    String code = c.applicantCode();
    List<PunishmentMeasure> measures = PunishmentMeasure.parse(facts.punishmentMeasures());
    LocalDate today = LocalDate.now(clock);
    LocalDate publicityEnd = PunishmentPublicity.end(today, publicityPeriod, measures, facts.barMonths());
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("sourceUnit", execution.getVariable("departmentName"));
    boolean falseCommitment = facts.falseCommitmentReason() != null;
    payload.put("basis", (falseCommitment ? "虚假承诺" : "违反信用承诺") + "（办件 " + caseNo + "，"
        + execution.getVariable("itemName") + "）：" + facts.breachReason() + "；惩戒依据：" + facts.punishmentBasis());
    payload.put("domain", execution.getVariable("departmentName"));
    payload.put("date", today.toString());
    payload.put("publicityStart", today.toString());
    payload.put("publicityEnd", publicityEnd.toString());
    payload.put("measures", facts.punishmentMeasures());
    payload.putAll(Publicity.subject(code, c.applicantName()));
    PushReceipt receipt = platform.push(new CreditRecord(CreditRecordType.DISHONESTY, code, caseNo, payload,
        caseNo + ":dishonesty"));
    cases.recordPunished(caseNo, receipt.recordId(), String.join(",", measures.stream().map(Enum::name).toList()));
    LocalDate supervisedUntil = measures.contains(PunishmentMeasure.KEY_SUPERVISION)
        ? listUnderKeySupervision(c, facts, receipt.recordId(), (String) execution.getVariable("departmentName"))
        : null;
    documents.punishment(caseNo, receipt.recordId(),
        falseCommitment ? facts.breachReason() : "违反信用承诺：" + facts.breachReason(), measures,
        facts.barMonths(), supervisedUntil, facts.punishmentBasis(), today, publicityEnd);
    publication.met(execution);
  }

  /**
   * The listing's last day. A case whose approver decided before the period was recorded (a running case upgraded
   * between the two steps) is listed for the configured default.
   */
  private LocalDate listUnderKeySupervision(CaseRecord c, CaseFacts facts, String recordId, String departmentName) {
    int months = facts.supervisionMonths() != null ? facts.supervisionMonths()
        : keySupervision.measure().defaultMonths();
    KeySupervisionList.Breach breach = new KeySupervisionList.Breach(c.applicantCode(), c.applicantName(),
        c.caseNo(), c.department(), departmentName, cut("失信惩戒：" + facts.breachReason(), 2000),
        cut("失信惩戒决定（失信记录 " + recordId + "）；惩戒依据：" + facts.punishmentBasis(), 4000));
    return keySupervision.list(new KeySupervisionList.Punishment(breach, recordId, months),
        facts.punishedBy() != null ? facts.punishedBy() : AuditLog.SYSTEM_ACTOR).listedUntil();
  }

  /** The listing keeps the reason within its column; the whole reason stays on the case and the record. */
  private static String cut(String text, int max) {
    return text.length() > max ? text.substring(0, max - 1) + "…" : text;
  }
}
