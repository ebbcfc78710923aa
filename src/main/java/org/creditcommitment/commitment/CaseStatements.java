package org.creditcommitment.commitment;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.system.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 陈述、申辩 (中华人民共和国行政处罚法 第四十五条) and the request for a hearing (第六十三条、第六十四条): the subject answers the
 * prior notice, once, while the period runs; the statement is written on the case and the case, waiting for it, goes
 * on, in one transaction. A request for a hearing the proposed measures do not give is refused.
 */
@Service
class CaseStatements {

  static final String MESSAGE = "StatementSubmitted";

  private final Cases cases;
  private final PriorNotices priorNotices;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final AuditLog audit;
  private final Clock clock;

  CaseStatements(Cases cases, PriorNotices priorNotices, RuntimeService runtime, IdentityService identity,
      AuditLog audit, Clock clock) {
    this.cases = cases;
    this.priorNotices = priorNotices;
    this.runtime = runtime;
    this.identity = identity;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  void state(String caseNo, CaseRequests.Statement body) {
    cases.require(caseNo);
    PriorNotices.Notice notice = priorNotices.notice(caseNo).filter(n -> n.issuedAt() != null)
        .orElseThrow(() -> ApiException.conflict("no-prior-notice", "本办件未送达拟作出失信惩戒告知书，无需陈述申辩",
            "No prior notice of a punishment was given on this case: there is nothing to state a case against"));
    PriorNotices.Statement earlier = priorNotices.statement(caseNo).orElse(null);
    if (earlier != null && earlier.outcome() == PriorNotices.Outcome.STATED) {
      throw alreadyStated();
    }
    if (earlier != null || !clock.instant().isBefore(notice.statementDue().toInstant())) {
      throw ApiException.conflict("statement-period-passed", "陈述申辩期限已届满，不能再提出陈述申辩",
          "The period to state one's case has passed");
    }
    if (body.hearingRequested() && !notice.hearingRight()) {
      throw ApiException.badRequest("no-hearing-right", "拟作出的惩戒措施不属于听证范围，不能要求听证",
          "The proposed measures give no right to a hearing");
    }
    long waiting = SystemCall.run(identity, () -> runtime.createExecutionQuery().processInstanceBusinessKey(caseNo)
        .messageEventSubscriptionName(MESSAGE).count());
    if (waiting == 0) {
      throw ApiException.conflict("not-waiting", "该办件当前不处于可陈述申辩的阶段",
          "The case is not waiting for a statement now");
    }
    String text = body.statement().strip();
    String actor = audit.currentActor();
    try {
      priorNotices.recordStatement(caseNo, PriorNotices.Outcome.STATED, text, body.hearingRequested(), actor);
    } catch (DuplicateKeyException twice) {
      throw alreadyStated();
    }
    SystemCall.run(identity, () -> runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(caseNo)
        .setVariable("hearingRequested", body.hearingRequested()).correlateWithResult());
    // names who delivered the message on the auditor's timeline, with what was stated
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("message", MESSAGE);
    details.put("statement", text);
    details.put("hearingRequested", body.hearingRequested());
    audit.record(caseNo, AuditLog.APPLICANT_MESSAGE, actor, details);
  }

  private static ApiException alreadyStated() {
    return ApiException.conflict("statement-given", "已提出陈述申辩，不能重复提出",
        "A statement was already given on this case; it cannot be given twice");
  }
}
