package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * 逾期未陈述申辩 (中华人民共和国行政处罚法 第四十五条): the statement period passed without a statement; the case goes on to
 * the decision, and the record says that the subject was told and did not state its case in time.
 */
@Component("recordStatementLapsedDelegate")
class RecordStatementLapsedDelegate implements JavaDelegate {

  private final PriorNotices priorNotices;

  RecordStatementLapsedDelegate(PriorNotices priorNotices) {
    this.priorNotices = priorNotices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    priorNotices.recordStatement(execution.getProcessBusinessKey(), PriorNotices.Outcome.LAPSED, null, false,
        AuditLog.SYSTEM_ACTOR);
  }
}
