package org.creditcommitment.objection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.creditcommitment.documents.DocumentRequest;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.DocumentsProperties;
import org.creditcommitment.documents.IssuedDocument;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The objection's documents (汕府办函〔2021〕17号 六（二十三）): the 异议处理结果告知书, issued by the credit office when the
 * subject is told the outcome; and the punishment decisions that rest on the record, marked no longer valid when the
 * objection revokes or corrects it.
 */
@Component
class ObjectionDocuments {

  private static final Map<String, String> FIELD_LABELS = Map.of("sourceUnit", "认定单位", "basis", "认定依据",
      "domain", "所属领域", "publicityEnd", "公示截止日期", "status", "记录状态");

  private final Documents documents;
  private final DocumentsProperties properties;
  private final ObjectMapper json;

  ObjectionDocuments(Documents documents, DocumentsProperties properties, ObjectMapper json) {
    this.documents = documents;
    this.properties = properties;
    this.json = json;
  }

  /** The punishment decisions on a revoked or corrected record no longer stand as issued. */
  void recordChanged(String objectionNo, long recordId, ObjectionDecision decision) {
    if (decision == ObjectionDecision.KEEP) {
      return;
    }
    documents.invalidateForRecord(Long.toString(recordId), DocumentType.PUNISHMENT_DECISION,
        decision == ObjectionDecision.REVOKE ? "所依据的失信信息已因异议（" + objectionNo + "）撤销"
            : "所依据的失信信息已因异议（" + objectionNo + "）更正，以异议处理结果告知书为准");
  }

  IssuedDocument result(ObjectionFacts facts) {
    Objection objection = facts.objection();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("objectionNo", objection.objectionNo());
    values.put("filedDate", Documents.date(objection.createdAt().toLocalDate()));
    values.put("claim", objection.reason());
    values.put("outcomeLabel", ObjectionDecision.ofOutcome(objection.outcome()).label);
    values.put("answer", objection.explanation());
    values.put("correction", correction(objection));
    return documents.issue(new DocumentRequest(DocumentType.OBJECTION_RESULT, objection.objectionNo(),
        objection.subjectCode(), facts.subjectName(), null, properties.reportDepartment(),
        Long.toString(objection.recordId()), values));
  }

  String link(IssuedDocument document) {
    return documents.verifyUrl(document);
  }

  /** What the answer changed in the record, field by field; null when nothing changed. */
  private String correction(Objection objection) {
    Map<String, Object> before = read(objection.recordBefore());
    Map<String, Object> after = read(objection.recordAfter());
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, Object> field : after.entrySet()) {
      if (!Objects.equals(before.get(field.getKey()), field.getValue())) {
        text.append(FIELD_LABELS.getOrDefault(field.getKey(), field.getKey())).append("：")
            .append(before.get(field.getKey())).append(" → ").append(field.getValue()).append('\n');
      }
    }
    return text.isEmpty() ? null : text.toString().strip();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> read(String fields) {
    if (fields == null) {
      return Map.of();
    }
    try {
      return json.readValue(fields, LinkedHashMap.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable record fields of an objection", e);
    }
  }
}
