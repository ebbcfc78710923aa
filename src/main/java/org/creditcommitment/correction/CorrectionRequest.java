package org.creditcommitment.correction;

import static org.creditcommitment.system.FreeText.Kind.LINE;
import static org.creditcommitment.system.FreeText.Kind.TEXT;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.creditcommitment.system.CleanText;

/**
 * A data provider's correction of a dishonesty record it supplied (2023年汕尾市社会信用体系建设工作要点（征求意见稿） 一（二）:
 * 发现报送的信息有误、有变的，2个工作日内提供书面说明和证明材料). At least one change: a field, the subject's code, or the
 * record withdrawn.
 *
 * @param explanation the written explanation (书面说明)
 * @param evidence references to the evidence (证明材料: document numbers); with the files, at least one
 * @param evidenceFiles evidence files uploaded by the caller through {@code POST /api/evidence}, attached to the
 *     correction when it is filed
 * @param basis the corrected basis (失信行为依据), null when unchanged
 * @param domain the corrected field (领域), null when unchanged
 * @param publicityEnd the corrected last day of publicity, null when unchanged
 * @param subjectCodeCorrected the code of the subject the record belongs to, when it was filed under a wrong one
 * @param revoke true: the record is withdrawn (e.g. the decision it rests on was set aside)
 */
public record CorrectionRequest(
    @NotBlank @Size(max = 18) String subjectCode,
    @NotNull @Positive Long recordId,
    @NotBlank @Size(max = 2000) @CleanText(TEXT) String explanation,
    @Size(max = 20) List<@NotBlank @Size(max = 200) @CleanText(LINE) String> evidence,
    @Size(max = 20) List<UUID> evidenceFiles,
    @Size(max = 1000) @CleanText(TEXT) String basis,
    @Size(max = 100) @CleanText(LINE) String domain,
    LocalDate publicityEnd,
    @Size(max = 18) String subjectCodeCorrected,
    Boolean revoke) {

  public List<String> evidenceOrEmpty() {
    return evidence == null ? List.of() : evidence;
  }

  public List<UUID> evidenceFilesOrEmpty() {
    return evidenceFiles == null ? List.of() : evidenceFiles;
  }

  boolean revokes() {
    return Boolean.TRUE.equals(revoke);
  }

  String basisOrNull() {
    return basis == null || basis.isBlank() ? null : basis.strip();
  }

  String domainOrNull() {
    return domain == null || domain.isBlank() ? null : domain.strip();
  }

  String subjectCodeOrNull() {
    return subjectCodeCorrected == null || subjectCodeCorrected.isBlank() ? null : subjectCodeCorrected.strip();
  }

  boolean changesNothing() {
    return !revokes() && basisOrNull() == null && domainOrNull() == null && publicityEnd == null
        && subjectCodeOrNull() == null;
  }
}
