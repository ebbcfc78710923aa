package org.creditcommitment.correction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A correction a data provider asked for, as the row keeps it.
 *
 * @param evidence references to the evidence (document numbers, file ids)
 * @param correctedSubjectCode the subject the record belongs to, when it was filed under a wrong code
 * @param revoke the unit withdraws the record altogether (e.g. its decision was set aside)
 * @param answerReason the credit office's note when confirming, its reason when refusing
 * @param appliedAt when the platform accepted the correction; null until then
 */
public record Correction(String correctionNo, String processInstanceId, String subjectCode, long recordId,
    String sourceUnit, String providerGroup, String explanation, List<String> evidence, String correctedBasis,
    String correctedDomain, LocalDate correctedPublicityEnd, String correctedSubjectCode, boolean revoke,
    CorrectionStatus status, String answerReason, String answeredBy, OffsetDateTime answeredAt, String recordBefore,
    String recordAfter, OffsetDateTime appliedAt, OffsetDateTime createdAt, String createdBy) {

  @JsonProperty(value = "statusLabel", access = JsonProperty.Access.READ_ONLY)
  public String statusLabel() {
    return status.label();
  }

  /** What the correction changes, in Chinese, for mails and the report, e.g. "失信行为依据改为：…；公示截止日期改为：2027-01-01". */
  @JsonProperty(value = "changes", access = JsonProperty.Access.READ_ONLY)
  public String changes() {
    StringBuilder s = new StringBuilder();
    if (revoke) {
      s.append("撤销该记录");
    }
    append(s, "失信行为依据改为：", correctedBasis);
    append(s, "领域改为：", correctedDomain);
    append(s, "公示截止日期改为：", correctedPublicityEnd == null ? null : correctedPublicityEnd.toString());
    append(s, "信用主体代码改为：", correctedSubjectCode);
    return s.toString();
  }

  private static void append(StringBuilder s, String label, String value) {
    if (value != null) {
      if (!s.isEmpty()) {
        s.append("；");
      }
      s.append(label).append(value);
    }
  }
}
