package org.creditcommitment.commitment;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.evidence.EvidenceFiles;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.system.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an applicant does to a running case: sign, withdraw the application or only the commitment, correct the
 * application, supplement materials, submit rectification. Each checks that the case waits for it (409 otherwise) and correlates the BPMN
 * message in the same transaction as its own writes.
 */
@Service
class CaseOperations {

  private final Cases cases;
  private final Letters letters;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final AuditLog audit;
  private final CaseProcedure procedure;
  private final EvidenceFiles evidenceFiles;

  CaseOperations(Cases cases, Letters letters, RuntimeService runtime, IdentityService identity, AuditLog audit,
      CaseProcedure procedure, EvidenceFiles evidenceFiles) {
    this.evidenceFiles = evidenceFiles;
    this.procedure = procedure;
    this.audit = audit;
    this.cases = cases;
    this.letters = letters;
    this.runtime = runtime;
    this.identity = identity;
  }

  @Transactional
  void sign(String caseNo, CaseRequests.Sign body, String user) {
    requireWaiting(caseNo, "CommitmentSigned", "签署信用承诺书", "signing the letter");
    letters.sign(caseNo, body.signer().strip(), Letters.Channel.ONLINE, body.letterSha256(), user);
    correlate(caseNo, "CommitmentSigned", Map.of(), Map.of());
  }

  /** 撤回申请: the whole application ends (WITHDRAWN). */
  @Transactional
  void withdraw(String caseNo, CaseRequests.Withdraw body) {
    requireBeforeDecision(caseNo, "撤回申请", "the application can no longer be withdrawn");
    requireWaiting(caseNo, "WithdrawApplication", "撤回申请（作出行政决定后不可撤回）",
        "withdrawal (not possible once the decision is made)");
    String reason = reason(body);
    cases.record(caseNo, Cases.Fact.WITHDRAWAL_REASON, reason);
    correlate(caseNo, "WithdrawApplication", Map.of(), reason == null ? Map.of() : Map.of("reason", reason));
  }

  /**
   * 撤回信用审批 (平龙政服领办〔2022〕11号 四（二）第4项: 撤回后信用审批办理方式自行终止): only the commitment mode ends;
   * the application goes on by the original procedure (STANDARD_REVIEW), as when the applicant declines to sign.
   * A case started on a model from before this rule has no such step and is refused (it may withdraw the
   * application).
   */
  @Transactional
  void withdrawCommitment(String caseNo, CaseRequests.Withdraw body) {
    requireBeforeDecision(caseNo, "撤回信用承诺", "the commitment can no longer be withdrawn");
    requireWaiting(caseNo, "WithdrawCommitment", "撤回信用承诺（作出行政决定后不可撤回）",
        "withdrawal of the commitment (not possible once the decision is made)");
    String reason = reason(body);
    cases.recordCommitmentWithdrawn(caseNo, reason);
    correlate(caseNo, "WithdrawCommitment", Map.of(), reason == null ? Map.of() : Map.of("reason", reason));
  }

  private static String reason(CaseRequests.Withdraw body) {
    return body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
  }

  /**
   * Withdrawing is possible only until the decision (在受理机关尚未作出行政审批决定前): afterwards, or once the case has
   * ended, the answer says so rather than only that the case does not wait for it.
   */
  private void requireBeforeDecision(String caseNo, String zh, String en) {
    CaseRecord c = cases.require(caseNo);
    if (c.decidedAt() != null) {
      throw ApiException.conflict("already-decided", "本办件已作出行政决定，不能再" + zh,
          "The decision on this case has been made: " + en);
    }
    if (c.endState() != null) {
      throw ApiException.conflict("case-ended", "本办件已终结（" + EndState.valueOf(c.endState()).label() + "），不能再"
          + zh, "The case has ended (" + c.endState() + "): " + en);
    }
  }

  @Transactional
  void supplement(String caseNo, CaseRequests.Supplement body) {
    requireWaiting(caseNo, "MaterialsSupplemented", "补齐容缺材料", "supplementing materials");
    Set<String> owed = new HashSet<>(cases.require(caseNo).missingMaterials());
    Set<String> given = new HashSet<>(body.materials());
    if (!owed.containsAll(given)) {
      given.removeAll(owed);
      throw ApiException.badRequest("unknown-material", "以下材料不在所缺材料之列：" + given,
          "These materials were not missing: " + given);
    }
    owed.removeAll(given);
    if (!owed.isEmpty()) {
      throw ApiException.badRequest("materials-incomplete", "仍缺以下材料，须一并补齐：" + owed,
          "Still missing, supply them all at once: " + owed);
    }
    correlate(caseNo, "MaterialsSupplemented", Map.of(), Map.of("materials", String.join("、", body.materials())));
  }

  /**
   * 补正 (中华人民共和国行政许可法 第三十二条): the applicant corrects every material the notice named, at once (the request
   * was one notice of all of them); a list that leaves one out or names another is refused and changes nothing. The
   * clerk then reviews the acceptance again.
   */
  @Transactional
  void submitCorrection(String caseNo, CaseRequests.Correction body, String user) {
    requireWaiting(caseNo, "CorrectionSubmitted", "提交补正材料", "a correction");
    CaseProcedure.Correction correction = procedure.correction(caseNo).orElseThrow(() -> ApiException.conflict(
        "not-waiting", "该办件未告知补正", "No correction was requested for this case"));
    Set<String> owed = new java.util.LinkedHashSet<>(correction.materials());
    Set<String> given = new java.util.LinkedHashSet<>();
    for (String material : body.materials()) {
      given.add(material.strip());
    }
    Set<String> unknown = new java.util.LinkedHashSet<>(given);
    unknown.removeAll(owed);
    if (!unknown.isEmpty()) {
      throw ApiException.badRequest("unknown-material", "以下材料不在补正材料通知书所列之列：" + unknown,
          "These materials were not named in the correction notice: " + unknown);
    }
    owed.removeAll(given);
    if (!owed.isEmpty()) {
      throw ApiException.badRequest("correction-incomplete", "补正材料通知书所列的以下材料尚未补正，须一并补正：" + owed,
          "Correct every material the notice named at once; still missing: " + owed);
    }
    String statement = body.statement().strip();
    procedure.recordCorrectionSubmitted(caseNo, user, statement);
    correlate(caseNo, "CorrectionSubmitted", Map.of(), Map.of("materials", String.join("、", given),
        "statement", statement));
  }

  @Transactional
  void submitRectification(String caseNo, CaseRequests.Rectification body) {
    requireWaiting(caseNo, "RectificationSubmitted", "提交整改情况", "submitting rectification");
    if (!body.refused() && (body.description() == null || body.description().isBlank())) {
      throw ApiException.badRequest("description-required", "须说明整改情况", "Describe the rectification");
    }
    String description = body.refused() ? "拒绝整改" : body.description().strip();
    cases.record(caseNo, Cases.Fact.RECTIFICATION_DESCRIPTION, description);
    // files unknown, someone else's or attached elsewhere refuse the whole submission
    evidenceFiles.attach(CaseEvidence.KIND, caseNo, body.evidenceFilesOrEmpty(), audit.currentActor());
    correlate(caseNo, "RectificationSubmitted", Map.of("rectificationRefused", body.refused()),
        Map.of("description", description));
  }

  private void requireWaiting(String caseNo, String message, String zh, String en) {
    cases.require(caseNo);
    long waiting = SystemCall.run(identity, () -> runtime.createExecutionQuery().processInstanceBusinessKey(caseNo)
        .messageEventSubscriptionName(message).count());
    if (waiting == 0) {
      throw ApiException.conflict("not-waiting", "该办件当前不处于可" + zh + "的阶段",
          "The case is not waiting for " + en + " now");
    }
  }

  /**
   * Delivers the applicant's message to the case and records who delivered it (the portal for the applicant, or
   * a clerk at the window) and what they stated: the engine keeps no user for a message, the auditor's timeline
   * names this one. The statement itself is a fact of the case, on its record; the process gets only what it routes
   * on.
   */
  private void correlate(String caseNo, String message, Map<String, Object> variables, Map<String, Object> stated) {
    String actor = audit.currentActor();
    SystemCall.run(identity, () -> runtime.createMessageCorrelation(message).processInstanceBusinessKey(caseNo)
        .setVariables(variables).correlateWithResult());
    if (!"CommitmentSigned".equals(message)) {
      Map<String, Object> details = new java.util.LinkedHashMap<>(stated);
      details.put("message", message);
      audit.record(caseNo, AuditLog.APPLICANT_MESSAGE, actor, details);
    }
  }
}
