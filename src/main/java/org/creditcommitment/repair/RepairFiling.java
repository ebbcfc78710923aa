package org.creditcommitment.repair;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.evidence.EvidenceFiles;
import org.creditcommitment.evidence.StoredEvidence;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.Hashing;
import org.creditcommitment.system.SequenceNumbers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a credit-repair application (汕府办函〔2021〕17号 (十三), 普政数局〔2022〕25号 二（三）) with the subject's signed
 * 信用修复型 commitment (普政数局〔2022〕25号 二（七）) and takes supplied materials. Every check, and every question to the credit platform, comes before anything is
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
  private final TransactionTemplate transaction;
  private final RepairCommitments commitments;
  private final RepairCommitmentText commitmentText;
  private final AuditLog audit;
  private final Clock clock;
  private final EvidenceFiles evidenceFiles;

  RepairFiling(SubjectCodes codes, CreditPlatform platform, Repairs repairs, SequenceNumbers numbers,
      RuntimeService runtime, IdentityService identity, TransactionTemplate transaction,
      RepairCommitments commitments, RepairCommitmentText commitmentText, AuditLog audit, Clock clock,
      EvidenceFiles evidenceFiles) {
    this.evidenceFiles = evidenceFiles;
    this.commitments = commitments;
    this.commitmentText = commitmentText;
    this.audit = audit;
    this.clock = clock;
    this.codes = codes;
    this.platform = platform;
    this.repairs = repairs;
    this.numbers = numbers;
    this.runtime = runtime;
    this.identity = identity;
    this.transaction = transaction;
  }

  /** True while a repair application for this record is open. */
  public boolean hasOpenRepair(long recordId) {
    return repairs.hasOpen(recordId);
  }

  /** The repair commitment's exact text for this subject and record, and its SHA-256: what the subject signs. */
  public record Letter(String subjectCode, long recordId, String subjectName, String text, String sha256) {}

  /**
   * The 信用修复型 commitment the subject signs to apply for repair of this record (普政数局〔2022〕25号 二（七）), rendered
   * from the template with the registered name and the record's summary.
   */
  public Letter letter(String subjectCode, long recordId) {
    SubjectCode code = codes.parse(subjectCode); // an invalid code is a 400 (SubjectProblems)
    DishonestyRecord record = recordOf(code, recordId);
    return letter(code, record, platform.query(code.value()));
  }

  private Letter letter(SubjectCode code, DishonestyRecord record, CreditProfile profile) {
    String name = profile.name() == null || profile.name().isBlank() ? code.value() : profile.name();
    String text = commitmentText.render(name, code.value(), record.summary());
    return new Letter(code.value(), record.id(), name, text, Hashing.sha256(text));
  }

  /**
   * Files the application with its signed repair commitment: {@code channel} ONLINE when the subject signed through the
   * portal, WINDOW when it signed on paper at the credit window and an official files it.
   */
  public Repair file(RepairRequest request, String user, RepairCommitment.Channel channel) {
    if (!request.obligationsFulfilled()) {
      throw ApiException.badRequest("obligations-not-fulfilled", "须先履行行政处罚等法定义务，方可申请信用修复",
          "Credit repair needs the obligations fulfilled first");
    }
    SubjectCode code = codes.parse(request.subjectCode()); // an invalid code is a 400 (SubjectProblems)
    DishonestyRecord record = recordOf(code, request.recordId());
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
    Letter letter = letter(code, record, profile);
    if (!letter.sha256().equalsIgnoreCase(request.repairLetter().textSha256())) {
      throw ApiException.badRequest("repair-letter-mismatch",
          "签署的信用修复承诺书摘要与系统为该失信记录生成的承诺书不一致，请重新获取承诺书文本后签署",
          "The hash signed does not match the repair commitment text for this subject and record; fetch the text again"
              + " and sign it");
    }
    String signer = request.repairLetter().signer().strip();
    return transaction.execute(status -> {
      String no = numbers.next(RepairKeys.PREFIX, "repair_no_seq");
      try {
        repairs.insert(no, code.value(), request, user, profile.name(), profile.email() == null ? ""
            : profile.email(), record.summary());
      } catch (DuplicateKeyException raced) {
        throw repairAlreadyOpen();
      }
      commitments.insert(no, code.value(), letter.subjectName(), record.id(), letter.text(), letter.sha256(), signer,
          channel, user, OffsetDateTime.now(clock));
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("category", CommitmentCategory.CREDIT_REPAIR.name());
      details.put("recordId", record.id());
      details.put("channel", channel.name());
      details.put("textSha256", letter.sha256());
      audit.record(no, "repair.commitment-signed", user, details);
      ProcessInstance instance = SystemCall.run(identity, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, no,
          variables(no, profile)));
      repairs.attachProcess(no, instance.getId());
      // files unknown, someone else's or attached elsewhere refuse the whole application
      evidenceFiles.attach(RepairEvidence.KIND, no, request.evidenceFilesOrEmpty(), user);
      return repairs.require(no);
    });
  }

  private DishonestyRecord recordOf(SubjectCode code, long recordId) {
    return platform.dishonestyRecord(code.value(), recordId)
        .orElseThrow(() -> ApiException.notFound("unknown-dishonesty-record", "信用主体 " + code.value()
            + " 没有编号为 " + recordId + " 的失信记录", "Subject " + code.value() + " has no dishonesty record "
            + recordId));
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
    String note = body.note() == null ? "" : body.note().strip();
    repairs.addSupplement(repairNo, body.evidenceOrEmpty(), note);
    evidenceFiles.attach(RepairEvidence.KIND, repairNo, body.evidenceFilesOrEmpty(), audit.currentActor());
    // the case history shows what the applicant supplied with the message, as it does for a commitment case
    Map<String, Object> stated = new LinkedHashMap<>();
    stated.put("message", SUPPLEMENTED);
    stated.put("supplementText", String.join("\n", body.evidenceOrEmpty().stream().map(String::strip).toList()));
    stated.put("supplementNote", note);
    audit.record(repairNo, AuditLog.APPLICANT_MESSAGE, audit.currentActor(), stated);
    SystemCall.run(identity, () -> runtime.createMessageCorrelation(SUPPLEMENTED).processInstanceBusinessKey(repairNo)
        .correlateWithResult());
  }

  Repair find(String repairNo) {
    return repairs.require(repairNo);
  }

  /** The repair's evidence files, with the application's and the supplements', in the order they were attached. */
  public List<StoredEvidence> files(String repairNo) {
    return evidenceFiles.of(RepairEvidence.KIND, repairNo);
  }

  /**
   * What the process keeps: the number and the subject's name, which a Tasklist card shows. The filing's facts are on
   * the row and its signed commitment; the forms read them from there (RepairFormContext).
   */
  private static Map<String, Object> variables(String no, CreditProfile profile) {
    Map<String, Object> v = new HashMap<>();
    v.put("repairNo", no);
    v.put("subjectName", profile.name());
    return v;
  }

  private static ApiException repairAlreadyOpen() {
    return ApiException.conflict("repair-already-open", "该失信记录已有正在办理的信用修复申请",
        "The record already has an open credit repair application");
  }
}
