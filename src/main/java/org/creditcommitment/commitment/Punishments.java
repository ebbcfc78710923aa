package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.DishonestyPush;
import org.creditcommitment.credit.PushReceipt;
import org.creditcommitment.documents.IssuedDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 记入失信记录并公示 (义政数〔2020〕17号 四(七); a false commitment, 普政数局〔2022〕25号 二（三）一是: 及时公开其失信记录):
 * the broken or false commitment becomes a dishonesty record in the subject's credit file on the credit platform,
 * public until its publicity ends ({@link PunishmentPublicity}). While it is public the subject is refused commitment
 * mode (the eligibility DMN's "commitmentBarred"). With KEY_SUPERVISION the subject is listed under key supervision
 * ({@link PunishmentListing}). The 失信惩戒决定书 is issued here, where the record and its publicity period are known; a
 * revoked licence's decision is marked no longer valid and its 行政许可 record is pushed again as 撤销. All in the step's transaction: a platform that refuses leaves
 * nothing, and the retried step pushes and lists once.
 */
@Component
class Punishments {

  private final CreditPlatform platform;
  private final Clock clock;
  private final Period publicityPeriod;
  private final Cases cases;
  private final PublicationDeadline publication;
  private final CaseDocuments documents;
  private final PunishmentListing listing;
  private final NationalItems national;

  Punishments(CreditPlatform platform, Clock clock,
      @Value("${cc.punishment.publicity-period}") String publicityPeriod, Cases cases, PublicationDeadline publication,
      CaseDocuments documents, PunishmentListing listing, NationalItems national) {
    this.national = national;
    this.platform = platform;
    this.clock = clock;
    this.publicityPeriod = Period.parse(publicityPeriod);
    this.cases = cases;
    this.publication = publication;
    this.documents = documents;
    this.listing = listing;
  }

  /** Records the case's punishment; the publication deadline its decision started is met by the push. */
  void recordDishonesty(String caseNo, String processInstanceId, String departmentName, String itemName) {
    CaseRecord c = cases.require(caseNo);
    CaseFacts facts = cases.facts(caseNo);
    List<PunishmentMeasure> measures = PunishmentMeasure.parse(facts.punishmentMeasures());
    LocalDate today = LocalDate.now(clock);
    LocalDate publicityEnd = PunishmentPublicity.end(today, publicityPeriod, measures, facts.barMonths());
    boolean falseCommitment = facts.falseCommitmentReason() != null;
    String basis = (falseCommitment ? "虚假承诺" : "违反信用承诺") + "（办件 " + caseNo + "，" + itemName + "）："
        + facts.breachReason() + "；惩戒依据：" + facts.punishmentBasis();
    PushReceipt receipt = platform.push(new DishonestyPush(caseNo, c.applicantCode(), c.applicantName(),
        departmentName, departmentName, basis, today, publicityEnd, facts.punishmentMeasures()).record());
    cases.recordPunished(caseNo, receipt.recordId(), String.join(",", measures.stream().map(Enum::name).toList()));
    LocalDate supervisedUntil = measures.contains(PunishmentMeasure.KEY_SUPERVISION)
        ? listing.listUntil(c, facts, receipt.recordId(), departmentName) : null;
    IssuedDocument decision = documents.punishment(caseNo, receipt.recordId(),
        falseCommitment ? facts.breachReason() : "违反信用承诺：" + facts.breachReason(), measures,
        facts.barMonths(), supervisedUntil, facts.punishmentBasis(), today, publicityEnd, facts.punishedBy());
    if (measures.contains(PunishmentMeasure.REVOKE_LICENCE)) {
      // the 行政许可 record pushed with the commitment says 有效 until the platform is told otherwise.
      // This step takes the decision's number here, not at its commit as other steps do, and so holds the
      // department's number counter from here to the commit: the revocation pushed to the national platform must
      // quote the decision's number (撤销文号), and the push belongs in this step, whose rollback and retry keep the
      // platform and the case record agreeing; pushed after the commit, a failed push would be lost (no outbox for
      // pushes), and pushed at the commit, the counter would wait for the platform's answer instead. Only a decision
      // that revokes a licence does so, and this step runs as an engine job, not in an official's request.
      platform.push(national.licence(c).revoked(today, decision.number(), basis));
    }
    publication.met(processInstanceId);
  }
}
