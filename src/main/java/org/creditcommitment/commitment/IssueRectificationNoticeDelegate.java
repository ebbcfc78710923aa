package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * 下达限期整改通知 (义政数〔2020〕17号 四(七): rectification first, 审慎包容): the licensee did not keep the
 * commitment or missed the materials deadline, and is given a deadline to put it right.
 */
@Component("issueRectificationNoticeDelegate")
class IssueRectificationNoticeDelegate implements JavaDelegate {

  private final CaseMail mail;
  private final Cases cases;

  IssueRectificationNoticeDelegate(CaseMail mail, Cases cases) {
    this.mail = mail;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean inspected = "NON_COMPLIANT".equals(execution.getVariable("inspectionResult"));
    String reason = inspected ? "履约践诺核查发现实际情况与承诺内容不符：" + execution.getVariable("inspectionFindings")
        : "未在承诺期限内补齐容缺材料：" + execution.getVariable("missingMaterialsText");
    cases.recordRectificationNotified(execution.getProcessBusinessKey());
    execution.setVariable("rectificationReason", reason);
    execution.setVariable("rectificationRefused", false);
    mail.queue(mail.toApplicant(execution, NotificationType.RECTIFICATION_NOTICE, "rectification")
        .with("findings", reason)
        .with("rectificationDeadline", mail.dueDateFromNow((String) execution.getVariable("rectificationDeadlineSpec"))));
  }
}
