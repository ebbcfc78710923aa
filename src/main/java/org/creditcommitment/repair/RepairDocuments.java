package org.creditcommitment.repair;

import java.util.LinkedHashMap;
import java.util.Map;

import org.creditcommitment.documents.DocumentRequest;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.DocumentsProperties;
import org.creditcommitment.documents.IssuedDocument;
import org.springframework.stereotype.Component;

/**
 * The repair's documents (汕府办函〔2021〕17号 四（十三）; 普政数局〔2022〕25号 二（三）): the 信用修复决定书, issued by the credit office for every outcome
 * when the subject is told it; and the punishment decisions on a repaired record, marked no longer in force.
 */
@Component
class RepairDocuments {

  private final Documents documents;
  private final DocumentsProperties properties;

  RepairDocuments(Documents documents, DocumentsProperties properties) {
    this.documents = documents;
    this.properties = properties;
  }

  void repaired(String repairNo, String recordId) {
    documents.invalidateForRecord(recordId, DocumentType.PUNISHMENT_DECISION,
        "所依据的失信信息已经信用修复（" + repairNo + "），停止公示，惩戒措施解除");
  }

  IssuedDocument decision(RepairFacts facts, RepairOutcome outcome, String explanation) {
    Repair repair = facts.repair();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("repairNo", repair.repairNo());
    values.put("filedDate", Documents.date(repair.createdAt().toLocalDate()));
    values.put("outcomeLabel", outcome.label);
    values.put("reason", explanation);
    values.put("recordDescription", facts.recordSummary());
    values.put("effect", outcome == RepairOutcome.REPAIRED ? "自本决定作出之日起，该失信信息停止公示，相关失信惩戒措施解除。" : null);
    return documents.issue(new DocumentRequest(DocumentType.REPAIR_DECISION, repair.repairNo(), repair.subjectCode(),
        facts.subjectName(), null, properties.reportDepartment(),
        Long.toString(repair.recordId()), values));
  }

  String link(IssuedDocument document) {
    return documents.verifyUrl(document);
  }
}
