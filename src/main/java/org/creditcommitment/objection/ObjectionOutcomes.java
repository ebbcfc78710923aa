package org.creditcommitment.objection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CorrectionPush;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.RecordCorrection;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 更新记录并推送信用平台: the answer goes to the credit platform as one CORRECTION (reference = the record
 * id, key = objection number + ":correction", so a retry pushes once); the platform applies it (the
 * embedded one to its registry), so the registry is not also changed here. Before/after are kept on the
 * objection and in the audit log; a revoked record that was the basis of punished cases names them.
 */
@Service
class ObjectionOutcomes {

  /** What the objection decided, as its process continues with it. */
  record Outcome(String outcome, String label, List<String> punishedCases) {}

  private final CreditPlatform platform;
  private final Objections objections;
  private final PunishedCases punishedCases;
  private final AuditLog auditLog;
  private final ObjectMapper json;
  private final ObjectionDocuments documents;

  ObjectionOutcomes(CreditPlatform platform, Objections objections, PunishedCases punishedCases, AuditLog auditLog,
      ObjectMapper json, ObjectionDocuments documents) {
    this.documents = documents;
    this.platform = platform;
    this.objections = objections;
    this.punishedCases = punishedCases;
    this.auditLog = auditLog;
    this.json = json;
  }

  Outcome apply(String objectionNo, long recordId, String subjectCode, ObjectionAnswers.Answer answer,
      String answeredBy) {
    ObjectionDecision decision = answer.decision();
    RecordCorrection correction = decision == ObjectionDecision.CORRECT
        ? new RecordCorrection(answer.correctedSourceUnit(), answer.correctedBasis(), answer.correctedDomain(),
            answer.correctedPublicityEnd() == null ? null : java.time.LocalDate.parse(answer.correctedPublicityEnd()))
        : new RecordCorrection(null, null, null, null);
    Map<String, Object> before = fields(platform.dishonestyRecord(subjectCode, recordId).orElseThrow(() ->
        // the message becomes the job's incident and stack trace in the engine's tables: no subject code in it
        new IllegalStateException("Objection " + objectionNo + " concerns dishonesty record " + recordId
            + ", which the credit platform no longer has under the objection's subject")));

    platform.push(new CorrectionPush(objectionNo, subjectCode, recordId, correction, decision.recordStatus,
        "异议 " + objectionNo + "：" + decision.label + "。" + answer.explanation()).record());

    // what the record is now: the pushed answer applied to the record as it was (independent of the adapter)
    Map<String, Object> after = new LinkedHashMap<>(before);
    after.putAll(correction.payload());
    after.put("status", decision.recordStatus.name());
    List<String> punished = decision == ObjectionDecision.REVOKE ? punishedCases.basedOn(recordId) : List.of();
    objections.recordOutcome(objectionNo, decision.outcome, answer.explanation(), answeredBy, toJson(before),
        toJson(after), punished.isEmpty() ? null : String.join(",", punished));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("recordId", recordId);
    details.put("outcome", decision.outcome);
    details.put("answeredBy", answeredBy);
    details.put("before", before);
    details.put("after", after);
    details.put("punishedCases", punished);
    auditLog.record(objectionNo, "objection.answered", auditLog.currentActor(), details);
    documents.recordChanged(objectionNo, recordId, decision);
    return new Outcome(decision.outcome, decision.label, punished);
  }

  private static Map<String, Object> fields(DishonestyRecord record) {
    Map<String, Object> fields = new LinkedHashMap<>();
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
