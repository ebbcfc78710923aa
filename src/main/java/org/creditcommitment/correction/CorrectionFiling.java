package org.creditcommitment.correction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.credit.UnknownSubjectException;
import org.creditcommitment.evidence.EvidenceFiles;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.objection.ObjectionRouting;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.SequenceNumbers;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrections by data providers (2023年汕尾市社会信用体系建设工作要点（征求意见稿） 一（二）): a unit corrects only a record it
 * supplied, with a written explanation and evidence; the credit office confirms or refuses it. Every check runs before
 * anything is written; then the row, the process instance and the timeline line in one transaction. The record itself
 * changes only once the credit office confirmed (the process's push step).
 */
@Service
public class CorrectionFiling {

  public static final String PROCESS_KEY = "record-correction";
  static final String ANSWERED_MESSAGE = "CorrectionAnswered";

  private final SubjectCodes codes;
  private final CreditPlatform platform;
  private final ObjectionRouting units;
  private final Corrections corrections;
  private final SequenceNumbers numbers;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private final AuditLog auditLog;
  private final EvidenceFiles evidenceFiles;
  private final Notifications notifications;

  CorrectionFiling(SubjectCodes codes, CreditPlatform platform, ObjectionRouting units, Corrections corrections,
      SequenceNumbers numbers, RuntimeService runtime, IdentityService identity, TransactionTemplate transaction,
      AuditLog auditLog, EvidenceFiles evidenceFiles, Notifications notifications) {
    this.evidenceFiles = evidenceFiles;
    this.notifications = notifications;
    this.codes = codes;
    this.platform = platform;
    this.units = units;
    this.corrections = corrections;
    this.numbers = numbers;
    this.runtime = runtime;
    this.identity = identity;
    this.transaction = transaction;
    this.auditLog = auditLog;
  }

  public Correction file(CorrectionRequest request, CurrentUser user) {
    SubjectCode code = codes.parse(request.subjectCode()); // an invalid code is a 400 (SubjectProblems)
    if (request.changesNothing()) {
      throw ApiException.badRequest("correction-changes-nothing",
          "更正申请须写明更正内容（失信行为依据、领域、公示截止日期、信用主体代码）或撤销该记录",
          "A correction must change a field, the subject's code, or revoke the record");
    }
    if (request.evidenceOrEmpty().isEmpty() && request.evidenceFilesOrEmpty().isEmpty()) {
      throw ApiException.badRequest("correction-evidence-required", "更正申请须附证明材料",
          "A correction needs evidence (证明材料)");
    }
    DishonestyRecord record = platform.dishonestyRecord(code.value(), request.recordId())
        .orElseThrow(() -> ApiException.notFound("unknown-dishonesty-record", "信用主体 " + code.value()
            + " 没有编号为 " + request.recordId() + " 的失信记录", "Subject " + code.value() + " has no dishonesty record "
            + request.recordId()));
    String group = units.unitGroup(record.sourceUnit()).orElse(null);
    if (group == null || !user.isIn(group)) {
      // the same answer whether the unit has no group or another unit asks: only the supplier corrects its record
      throw ApiException.forbidden("not-the-supplying-unit", "只有报送该记录的信息提供单位（" + record.sourceUnit()
          + "）可以申请更正", "Only the unit that supplied the record may correct it");
    }
    if (record.status() == DishonestyStatus.UNDER_OBJECTION) {
      throw ApiException.conflict("record-under-objection", "该记录有正在处理的异议，请在异议答复中更正",
          "The record is under objection; correct it in the objection's answer");
    }
    if (record.status() == DishonestyStatus.REVOKED) {
      throw ApiException.conflict("record-revoked", "该记录已撤销，无需更正", "The record was revoked");
    }
    if (request.publicityEnd() != null && request.publicityEnd().isBefore(record.publicityStart())) {
      throw ApiException.badRequest("publicity-period-invalid", "更正后的公示截止日期早于公示开始日期（"
          + record.publicityStart() + "）", "The corrected publicity end is before the publicity start");
    }
    String newCode = correctedCode(request, code);
    if (corrections.openOn(record.id())) {
      throw underCorrection();
    }
    String no = numbers.next(CorrectionKeys.PREFIX, "correction_no_seq");
    return transaction.execute(status -> {
      try {
        corrections.insert(no, code.value(), record.id(), record.sourceUnit(), group, request, newCode, user.id());
      } catch (DuplicateKeyException raced) {
        throw underCorrection();
      }
      ProcessInstance instance = SystemCall.run(identity, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, no,
          Map.of()));
      corrections.attachProcess(no, instance.getId());
      // files another user uploaded, or unknown ones, refuse the whole filing: nothing is written
      evidenceFiles.attach(CorrectionEvidenceReaders.OWNER_KIND, no, request.evidenceFilesOrEmpty(), user.id());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("subjectCode", code.value());
      details.put("recordId", record.id());
      details.put("sourceUnit", record.sourceUnit());
      details.put("changes", corrections.require(no).changes());
      details.put("explanation", request.explanation().strip());
      details.put("evidence", request.evidenceOrEmpty());
      details.put("evidenceFiles", request.evidenceFilesOrEmpty().size());
      auditLog.record(no, "correction.filed", user.id(), details);
      notifications.queue(Notification.of(NotificationType.CORRECTION_FILED, no).toGroup(Groups.CREDIT_OFFICE)
          .with("recordSummary", record.summary()).with("sourceUnit", record.sourceUnit())
          .with("explanation", request.explanation().strip()).dedupKey(no + ":" + NotificationType.CORRECTION_FILED)
          .build());
      return corrections.require(no);
    });
  }

  /** The credit office's answer; a second answer is refused and changes nothing. */
  public Correction answer(String no, CorrectionAnswer answer, CurrentUser user) {
    Correction correction = corrections.require(no);
    boolean confirmed = answer.confirm();
    if (!confirmed && answer.reasonOrNull() == null) {
      throw ApiException.badRequest("refusal-reason-required", "不予确认更正须说明理由",
          "A refusal needs a reason, which the unit is told");
    }
    if (correction.status() != CorrectionStatus.PENDING) {
      throw answered(correction);
    }
    return transaction.execute(status -> {
      if (!corrections.answer(no, confirmed, answer.reasonOrNull(), user.id())) {
        throw answered(corrections.require(no));
      }
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("confirmed", confirmed);
      details.put("reason", answer.reasonOrNull());
      auditLog.record(no, "correction.answered", user.id(), details);
      SystemCall.run(identity, () -> runtime.createMessageCorrelation(ANSWERED_MESSAGE).processInstanceBusinessKey(no)
          .setVariable("correctionConfirmed", confirmed).correlateWithResult());
      return corrections.require(no);
    });
  }

  /** A provider reads its unit's corrections; the credit office and the auditor read all; with its evidence files. */
  public CorrectionView read(String no, CurrentUser user) {
    Correction correction = corrections.require(no);
    if (!mayRead(correction, user)) {
      throw ApiException.notFound("unknown-correction", "更正编号「" + no + "」不存在",
          "No correction with number '" + no + "'");
    }
    return view(correction);
  }

  /**
   * What waits for the credit office's answer: all of it for the credit office and the auditor, a provider only its
   * own unit's, so that the 2 working days are not left to the reminder alone.
   */
  public List<CorrectionView> waiting(CurrentUser user) {
    return corrections.waiting().stream().filter(c -> mayRead(c, user)).map(this::view).toList();
  }

  CorrectionView view(Correction correction) {
    return new CorrectionView(correction, evidenceFiles.of(CorrectionEvidenceReaders.OWNER_KIND,
        correction.correctionNo()).stream().map(EvidenceFiles::describe).toList());
  }

  static boolean mayRead(Correction correction, CurrentUser user) {
    return user.isIn(Groups.CREDIT_OFFICE) || user.isIn(Groups.AUDITOR) || user.isIn(correction.providerGroup());
  }

  private String correctedCode(CorrectionRequest request, SubjectCode code) {
    if (request.subjectCodeOrNull() == null) {
      return null;
    }
    SubjectCode corrected = codes.parse(request.subjectCodeOrNull());
    if (corrected.value().equals(code.value())) {
      throw ApiException.badRequest("correction-same-code", "更正后的信用主体代码与原代码相同",
          "The corrected subject code is the record's code");
    }
    try {
      platform.query(corrected.value());
    } catch (UnknownSubjectException e) {
      throw ApiException.badRequest("unknown-corrected-subject", "信用信息平台没有代码为 " + corrected.value()
          + " 的信用主体", "The credit platform has no subject " + corrected.value());
    }
    return corrected.value();
  }

  private static ApiException underCorrection() {
    return ApiException.conflict("record-under-correction", "该记录已有待确认的更正，请等待信用办确认",
        "The record already has a correction waiting for the credit office");
  }

  private static ApiException answered(Correction correction) {
    return ApiException.conflict("correction-answered", "该更正已处理（" + correction.status().label() + "）",
        "The correction was already answered: " + correction.status());
  }
}
