package org.creditcommitment.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.RepairCommitmentPush;
import org.creditcommitment.subject.SubjectCodes;
import org.springframework.stereotype.Component;

/**
 * 推送信用修复承诺: the signed 信用修复型 commitment goes to the credit platform (普政数局〔2022〕25号 二（七）: 信用修复型…信用承诺
 * 信息归集共享) once, key repair number + ":commitment", with what may be made public (natural persons masked). A repair
 * filed before the commitment became a record has none to push.
 */
@Component("pushRepairCommitmentDelegate")
class PushRepairCommitmentDelegate implements JavaDelegate {

  private final RepairCommitments commitments;
  private final CreditPlatform platform;
  private final SubjectCodes codes;

  PushRepairCommitmentDelegate(RepairCommitments commitments, CreditPlatform platform, SubjectCodes codes) {
    this.commitments = commitments;
    this.platform = platform;
    this.codes = codes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String no = (String) execution.getVariable("repairNo");
    commitments.find(no).ifPresent(c -> {
      platform.push(new RepairCommitmentPush(no, c.recordId(), CommitmentCategory.CREDIT_REPAIR.label(),
          c.subjectCode(), c.subjectName(), codes.parse(c.subjectCode()).type(), c.commitment().textSha256(),
          c.commitment().signer(), c.commitment().signedAt(), c.commitment().channel().name()).record());
      commitments.pushed(no);
    });
  }
}
