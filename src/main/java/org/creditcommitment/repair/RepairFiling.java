package org.creditcommitment.repair;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.SequenceNumbers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a credit-repair application (汕府办函〔2021〕17号 (十三), 普政数局〔2022〕25号 二（三）) and takes
 * supplied materials. Every check, and every question to the credit platform, comes before anything is
 * written; the row and the credit-repair process instance are written in one transaction. One open repair per
 * record; a record under objection waits until the objection ends.
 */
@Service
@EnableConfigurationProperties(RepairProperties.class)
public class RepairFiling {

  public static final String PROCESS_KEY = "credit-repair";
  static final String SUPPLEMENTED = "RepairSupplemented";

  private final SubjectCodes codes;
  private final CreditPlatform platform;
  private final Repairs repairs;
  private final SequenceNumbers numbers;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final RepairProperties properties;
  private final TransactionTemplate transaction;

  RepairFiling(SubjectCodes codes, CreditPlatform platform, Repairs repairs, SequenceNumbers numbers,
      RuntimeService runtime, IdentityService identity, RepairProperties properties, TransactionTemplate transaction) {
    this.codes = codes;
    this.platform = platform;
    this.repairs = repairs;
    this.numbers = numbers;
    this.runtime = runtime;
    this.identity = identity;
    this.properties = properties;
    this.transaction = transaction;
  }

  /** True while a repair application for this record is open. */
  public boolean hasOpenRepair(long recordId) {
    return repairs.hasOpen(recordId);
  }

  public Repair file(RepairRequest request, String user) {
    if (!request.obligationsFulfilled()) {
      throw ApiException.badRequest("obligations-not-fulfilled", "须先履行行政处罚等法定义务，方可申请信用修复",
          "Credit repair needs the obligations fulfilled first");
    }
    if (!request.repairLetterSigned()) {
      throw ApiException.badRequest("repair-letter-not-signed", "须签署信用修复承诺书", "The repair commitment letter must be signed");
    }
    SubjectCode code = codes.parse(request.subjectCode()); // an invalid code is a 400 (SubjectProblems)
    DishonestyRecord record = platform.dishonestyRecord(code.value(), request.recordId())
        .orElseThrow(() -> ApiException.notFound("unknown-dishonesty-record", "信用主体 " + code.value()
            + " 没有编号为 " + request.recordId() + " 的失信记录", "Subject " + code.value() + " has no dishonesty record "
            + request.recordId()));
    if (record.status() == DishonestyStatus.UNDER_OBJECTION) {
      throw ApiException.conflict("record-under-objection", "该失信记录正在异议处理中，异议办结后方可申请信用修复",
          "The record is under objection; apply for repair once the objection has ended");
    }
    if (!record.inForce()) {
      throw ApiException.conflict("record-not-active", "该失信记录已不在公示期内（" + record.status() + "），无需修复",
          "Only an ACTIVE record can be repaired; this one is " + record.status());
    }
    if (repairs.hasOpen(record.id())) {
      throw repairAlreadyOpen();
    }
    // asked before the transaction, which then never waits on a remote platform
    CreditProfile profile = platform.query(code.value());
    return transaction.execute(status -> {
      String no = numbers.next(RepairKeys.PREFIX, "repair_no_seq");
      try {
        repairs.insert(no, code.value(), request, user);
      } catch (DuplicateKeyException raced) {
        throw repairAlreadyOpen();
      }
      ProcessInstance instance = SystemCall.run(identity, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, no,
          variables(no, code, profile, record, request)));
      repairs.attachProcess(no, instance.getId());
      return repairs.require(no);
    });
  }

  /** Supplied materials (补正): only while the application waits for them. */
  @Transactional
  public void supplement(String repairNo, RepairSupplement body) {
    Repair repair = repairs.require(repairNo);
    long waiting = SystemCall.run(identity, () -> runtime.createExecutionQuery().processInstanceBusinessKey(repairNo)
        .messageEventSubscriptionName(SUPPLEMENTED).count());
    if (waiting == 0 || repair.endedAt() != null) {
      throw ApiException.conflict("not-waiting", "该信用修复申请当前不处于补正材料阶段",
          "The repair application is not waiting for supplementary materials");
    }
    repairs.addSupplement(repairNo, body.evidence());
    Map<String, Object> variables = new HashMap<>();
    variables.put("supplementText", String.join("\n", body.evidence().stream().map(String::strip).toList()));
    variables.put("supplementNote", body.note() == null ? "" : body.note().strip());
    SystemCall.run(identity, () -> runtime.createMessageCorrelation(SUPPLEMENTED).processInstanceBusinessKey(repairNo)
        .setVariables(variables).correlateWithResult());
  }

  Repair find(String repairNo) {
    return repairs.require(repairNo);
  }

  private Map<String, Object> variables(String no, SubjectCode code, CreditProfile profile, DishonestyRecord record,
      RepairRequest request) {
    Map<String, Object> v = new HashMap<>();
    v.put("repairNo", no);
    v.put("subjectCode", code.value());
    v.put("subjectCodeMasked", code.masked());
    v.put("subjectName", profile.name());
    v.put("subjectEmail", profile.email() == null ? "" : profile.email());
    v.put("recordId", record.id());
    v.put("recordSummary", record.summary());
    v.put("evidenceText", String.join("\n", request.evidence().stream().map(String::strip).toList()));
    v.put("obligationsFulfilledText", "是");
    v.put("finePaidText", request.finePaid() ? "是" : "否（或未处罚款）");
    v.put("repairLetterSignedText", "已签署");
    v.put("reviewDeadlineSpec", properties.reviewPeriod());
    v.put("reviewReminderSpec", properties.reviewReminder());
    v.put("supplementDeadlineSpec", properties.supplementPeriod());
    return v;
  }

  private static ApiException repairAlreadyOpen() {
    return ApiException.conflict("repair-already-open", "该失信记录已有正在办理的信用修复申请",
        "The record already has an open credit repair application");
  }
}
