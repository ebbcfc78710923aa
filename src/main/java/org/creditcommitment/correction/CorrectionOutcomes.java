package org.creditcommitment.correction;

import java.util.LinkedHashMap;
import java.util.Map;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.credit.ProviderCorrectionPush;
import org.creditcommitment.credit.RecordCorrection;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 更正记录并推送信用平台: the confirmed correction goes to the credit platform as one CORRECTION push (key = number +
 * ":correction", so a retried step pushes once); the platform applies it, the row keeps the record before and after,
 * and the audit log has it under the correction and under the subject (its history).
 */
@Service
class CorrectionOutcomes {

  private final CreditPlatform platform;
  private final Corrections corrections;
  private final AuditLog auditLog;
  private final ObjectMapper json;

  CorrectionOutcomes(CreditPlatform platform, Corrections corrections, AuditLog auditLog, ObjectMapper json) {
    this.platform = platform;
    this.corrections = corrections;
    this.auditLog = auditLog;
    this.json = json;
  }

  void apply(String no) {
    Correction c = corrections.require(no);
    if (c.status() != CorrectionStatus.CONFIRMED) {
      throw new IllegalStateException("Correction " + no + " reached its push " + c.status());
    }
    if (c.appliedAt() != null) {
      return;
    }
    DishonestyRecord before = platform.dishonestyRecord(c.subjectCode(), c.recordId()).orElseThrow(() ->
        // the message becomes the job's incident and stack trace in the engine's tables: no subject code in it
        new IllegalStateException("Correction " + no + " concerns dishonesty record " + c.recordId()
            + ", which the credit platform no longer has under the correction's subject"));
    RecordCorrection fields = new RecordCorrection(null, c.correctedBasis(), c.correctedDomain(),
        c.correctedPublicityEnd());
    DishonestyStatus status = c.revoke() ? DishonestyStatus.REVOKED : before.status();
    platform.push(new ProviderCorrectionPush(no, c.subjectCode(), c.recordId(), fields, c.correctedSubjectCode(),
        status, "信息提供单位更正 " + no + "：" + c.explanation()).record());

    Map<String, Object> was = fields(before);
    Map<String, Object> now = new LinkedHashMap<>(was);
    now.putAll(fields.payload());
    now.put("status", status.name());
    if (c.correctedSubjectCode() != null) {
      now.put("subjectCode", c.correctedSubjectCode());
    }
    corrections.applied(no, toJson(was), toJson(now));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("correctionNo", no);
    details.put("recordId", c.recordId());
    details.put("sourceUnit", c.sourceUnit());
    details.put("changes", c.changes());
    details.put("before", was);
    details.put("after", now);
    auditLog.record(no, "correction.applied", auditLog.currentActor(), details);
    auditLog.record(c.subjectCode(), "correction.applied", auditLog.currentActor(), details);
    if (c.correctedSubjectCode() != null) {
      auditLog.record(c.correctedSubjectCode(), "correction.applied", auditLog.currentActor(), details);
    }
  }

  private static Map<String, Object> fields(DishonestyRecord record) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("subjectCode", record.subjectCode());
    fields.put("sourceUnit", record.sourceUnit());
    fields.put("basis", record.basis());
    fields.put("domain", record.domain());
    fields.put("publicityEnd", record.publicityEnd().toString());
    fields.put("status", record.status().name());
    return fields;
  }

  private String toJson(Map<String, Object> fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
