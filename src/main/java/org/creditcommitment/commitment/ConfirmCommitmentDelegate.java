package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.catalogue.LetterTemplate;
import org.creditcommitment.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * 确认承诺已收到: tells the applicant the signed letter arrived and by when a decision is due, and records the receipt of
 * the application on the case.
 */
@Component("confirmCommitmentDelegate")
class ConfirmCommitmentDelegate implements JavaDelegate {

  private final Letters letters;
  private final CaseMail mail;
  private final CasePeriods periods;
  private final Cases cases;

  ConfirmCommitmentDelegate(Letters letters, CaseMail mail, CasePeriods periods, Cases cases) {
    this.cases = cases;
    this.periods = periods;
    this.letters = letters;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Letters.Signature signature = letters.signature(execution.getProcessBusinessKey()).orElseThrow(
        () -> new IllegalStateException("Case " + execution.getProcessBusinessKey() + " continued without a signature"));
    mail.queue(mail.toApplicant(execution, NotificationType.COMMITMENT_RECEIVED, "signed")
        .with("signedAt", signature.signedAt().toLocalDate())
        // a period, not a date: the decision's deadline starts at acceptance, which has not happened yet
        .with("decisionPeriod", LetterTemplate.periodText(periods.of(execution, "decision"))));
    // under 告知承诺 the signed commitment completes the application: the acceptance review, and the five working days
    // for a correction request (中华人民共和国行政许可法 第三十二条), start from its receipt
    cases.recordReceived(execution.getProcessBusinessKey());
  }
}
