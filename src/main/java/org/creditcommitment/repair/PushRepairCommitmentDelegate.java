package org.creditcommitment.repair;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditRecord;
import org.creditcommitment.credit.CreditRecordType;
import org.creditcommitment.subject.Masking;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.subject.SubjectType;
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
      SubjectType type = codes.parse(c.subjectCode()).type();
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("repairNo", no);
      payload.put("recordId", c.recordId());
      payload.put("category", CommitmentCategory.CREDIT_REPAIR.label());
      payload.put("subjectName", Masking.subjectName(c.subjectName(), type));
      payload.put("subjectCode", Masking.subjectCode(c.subjectCode(), type));
      payload.put("textSha256", c.commitment().textSha256());
      payload.put("signer", Masking.personName(c.commitment().signer()));
      payload.put("signedAt", c.commitment().signedAt().toString());
      payload.put("channel", c.commitment().channel().name());
      platform.push(new CreditRecord(CreditRecordType.REPAIR_COMMITMENT, c.subjectCode(), no, payload,
          no + ":commitment"));
      commitments.pushed(no);
    });
  }
}
