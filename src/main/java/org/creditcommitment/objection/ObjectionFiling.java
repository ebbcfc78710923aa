package org.creditcommitment.objection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.evidence.EvidenceFiles;
import org.creditcommitment.repair.RepairFiling;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.SequenceNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files an objection (汕府办函〔2021〕17号 (二十三)): every check before anything is written; then, in one
 * transaction, the objection row, the credit-objection process instance and, last, the record marked
 * UNDER_OBJECTION on the credit platform (so every profile query shows it at once). The embedded platform
 * writes the mark in that transaction; a remote one is asked last so that its refusal leaves nothing written
 * here, and a mark whose transaction then fails to commit is taken back: at once, or, when the node died before
 * it could, by {@link PendingObjectionMarks#reconcile}.
 */
@Service
@EnableConfigurationProperties(ObjectionProperties.class)
public class ObjectionFiling {

  public static final String PROCESS_KEY = "credit-objection";
  private static final Logger log = LoggerFactory.getLogger(ObjectionFiling.class);

  private final SubjectCodes codes;
  private final CreditPlatform platform;
  private final RepairFiling repairs;
  private final Objections objections;
  private final SequenceNumbers numbers;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private final PendingObjectionMarks pendingMarks;
  private final ObjectionRouting routing;
  private final AuditLog auditLog;
  private final EvidenceFiles evidenceFiles;

  ObjectionFiling(SubjectCodes codes, CreditPlatform platform, RepairFiling repairs, Objections objections,
      SequenceNumbers numbers, RuntimeService runtime, IdentityService identity,
      TransactionTemplate transaction, PendingObjectionMarks pendingMarks, ObjectionRouting routing,
      AuditLog auditLog, EvidenceFiles evidenceFiles) {
    this.evidenceFiles = evidenceFiles;
    this.routing = routing;
    this.auditLog = auditLog;
    this.codes = codes;
    this.platform = platform;
    this.repairs = repairs;
    this.objections = objections;
    this.numbers = numbers;
    this.runtime = runtime;
    this.identity = identity;
    this.transaction = transaction;
    this.pendingMarks = pendingMarks;
  }

  public Objection file(ObjectionRequest request, String user) {
    SubjectCode code = codes.parse(request.subjectCode()); // an invalid code is a 400 (SubjectProblems)
    DishonestyRecord record = platform.dishonestyRecord(code.value(), request.recordId())
        .orElseThrow(() -> unknownRecord(code.value(), request.recordId()));
    if (record.status() == DishonestyStatus.UNDER_OBJECTION) {
      throw ApiException.conflict("record-under-objection", "该失信记录已有正在处理的异议，请等待处理结果",
          "The record is already under objection");
    }
    if (!record.inForce()) {
      throw ApiException.conflict("record-not-active", "该失信记录已不在公示期内（" + record.status() + "），无需提出异议",
          "Only an ACTIVE record can be objected to; this one is " + record.status());
    }
    if (repairs.hasOpenRepair(record.id())) {
      throw ApiException.conflict("record-under-repair", "该失信记录有正在办理的信用修复申请，修复办结后方可提出异议",
          "The record has an open credit repair; object after it ends");
    }
    // read before the transaction: only the mark, which the embedded platform writes in it, keeps it waiting
    CreditProfile profile = platform.query(code.value());
    ObjectionRouting.Route route = routing.route(record.sourceUnit());
    String no = numbers.next(ObjectionKeys.PREFIX, "objection_no_seq");
    pendingMarks.note(no, code.value(), record.id());
    boolean[] asked = {false};
    try {
      return transaction.execute(status -> {
        try {
          objections.insert(no, code.value(), record, profile.name(), profile.email() == null ? "" : profile.email(),
              request.reason().strip(), request.evidenceOrEmpty(), user, route);
        } catch (DuplicateKeyException raced) {
          throw ApiException.conflict("record-under-objection", "该失信记录已有正在处理的异议，请等待处理结果",
              "The record is already under objection");
        }
        ProcessInstance instance = SystemCall.run(identity, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, no,
            variables(no, profile)));
        objections.attachProcess(no, instance.getId());
        // files unknown, someone else's or attached elsewhere refuse the whole filing
        evidenceFiles.attach(ObjectionEvidence.KIND, no, request.evidenceFilesOrEmpty(), user);
        // the timeline's line saying who verifies it, and why the credit office when the unit has no group
        auditLog.record(no, "objection.routed", user, route.details());
        pendingMarks.settled(no);
        // last: a platform that refuses or fails rolls back everything written before it
        asked[0] = true;
        platform.markUnderObjection(code.value(), record.id(), no);
        return objections.require(no);
      });
    } catch (RuntimeException failed) {
      // another open objection holds the record: the platform refused this one's mark, nothing to take back
      if (!asked[0] || objections.openOn(record.id()) || withdrawMark(code.value(), record.id(), no, failed)) {
        pendingMarks.forget(no);
      }
      throw failed;
    }
  }

  /**
   * The objection was not filed after all: a mark left on the platform would block the record for nothing. A
   * mark asked for and maybe set (a time-out says nothing) is taken back; when that fails too, the pending note
   * stays and the reconciliation tries again.
   */
  private boolean withdrawMark(String code, long recordId, String objectionNo, RuntimeException failed) {
    try {
      platform.withdrawObjectionMark(code, recordId, objectionNo);
      return true;
    } catch (RuntimeException e) {
      failed.addSuppressed(e);
      log.error("Objection {} was not filed, and its mark on dishonesty record {} of {} could not be taken back yet;"
          + " the reconciliation will try again", objectionNo, recordId, code, e);
      return false;
    }
  }

  private static ApiException unknownRecord(String code, long recordId) {
    return ApiException.notFound("unknown-dishonesty-record", "信用主体 " + code + " 没有编号为 " + recordId
        + " 的失信记录", "Subject " + code + " has no dishonesty record " + recordId);
  }

  /**
   * What the process keeps: the number and the subject's name, which a Tasklist card shows. The filing's facts are on
   * the row (the record as objected to included) and the forms read them from there (ObjectionFormContext).
   */
  private static Map<String, Object> variables(String no, CreditProfile profile) {
    Map<String, Object> v = new HashMap<>();
    v.put("objectionNo", no);
    v.put("subjectName", profile.name());
    return v;
  }

  static String evidenceText(List<String> evidence) {
    return evidence.isEmpty() ? "无" : String.join("\n", evidence.stream().map(String::strip).toList());
  }


  Objection find(String no) {
    return objections.require(no);
  }

  /** The objection's evidence files, in the order they were attached. */
  public List<org.creditcommitment.evidence.StoredEvidence> files(String no) {
    return evidenceFiles.of(ObjectionEvidence.KIND, no);
  }
}
