package org.creditcommitment.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a step asks to issue: the document's type, whom and which case it concerns, the issuing department, and the
 * type's own values (the {@code v} of its template, documents/README.md).
 *
 * @param caseNo the business key the document belongs to and whose timeline records it: an application case, an
 *     objection or a repair number; null for the credit report (recorded on the subject)
 * @param itemName the service item, printed on case documents; null for none
 * @param department the issuing department's code, whose number prefix is configured; the credit office's
 *     ({@code cc.documents.report-department}) for a credit report, where it may be left null
 * @param recordRef the dishonesty record a punishment, objection or repair document concerns, so a later objection or
 *     repair of that record can mark it no longer valid; null for none
 * @param values strings, lists of strings, or lists of maps of strings (the report's rows)
 */
public record DocumentRequest(DocumentType type, String caseNo, String subjectCode, String subjectName,
    String itemName, String department, String recordRef, Map<String, ?> values) {

  public DocumentRequest {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subjectCode, "subjectCode");
    Objects.requireNonNull(subjectName, "subjectName");
    if (type != DocumentType.CREDIT_REPORT) {
      Objects.requireNonNull(department, "department");
    }
    values = values == null ? Map.of() : values;
  }

  /** Template values (or a row of the report's tables) from name, value pairs, in order; a value may be null. */
  public static Map<String, Object> values(Object... pairs) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return values;
  }
}
