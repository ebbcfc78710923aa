package org.creditcommitment.commitment;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/** On completing 签署信用承诺书 as a clerk: records the paper signature against the issued letter. */
@Component("recordPaperSignatureListener")
class RecordPaperSignatureListener implements TaskListener {

  static final String PAPER_SIGNED = "PAPER_SIGNED";
  static final String DECLINED = "DECLINED";

  private final Letters letters;
  private final IdentityService identity;

  RecordPaperSignatureListener(Letters letters, IdentityService identity) {
    this.letters = letters;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable("signatureOutcome");
    if (DECLINED.equals(outcome)) {
      return;
    }
    if (!PAPER_SIGNED.equals(outcome)) {
      throw new BadUserRequestException("签署结果须为 PAPER_SIGNED 或 DECLINED / signatureOutcome must be PAPER_SIGNED or DECLINED");
    }
    Object signer = task.getVariable("paperSigner");
    if (!(signer instanceof String name) || name.isBlank() || name.length() > 200) {
      throw new BadUserRequestException("须填写签署人 / paperSigner is required");
    }
    letters.sign((String) task.getVariable("caseNo"), name.strip(), Letters.Channel.PAPER, null,
        StepInputs.completedBy(identity, task));
  }
}
