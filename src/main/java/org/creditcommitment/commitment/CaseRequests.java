package org.creditcommitment.commitment;

import static org.creditcommitment.system.FreeText.Kind.NAME;
import static org.creditcommitment.system.FreeText.Kind.TEXT;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.creditcommitment.system.CleanText;

/** Bodies of the case operations on /api. */
final class CaseRequests {

  private CaseRequests() {}

  record Sign(@NotBlank @Size(max = 100) @CleanText(NAME) String signer,
      @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}") String letterSha256) {}

  record Withdraw(@Size(max = 500) @CleanText(TEXT) String reason) {}

  record Supplement(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) @CleanText(NAME) String> materials) {}

  /**
   * 补正 (中华人民共和国行政许可法 第三十二条): every material the 补正材料通知书 named, corrected at once, with what was done.
   */
  record Correction(@NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 200) @CleanText(NAME) String> materials,
      @NotBlank @Size(max = 2000) @CleanText(TEXT) String statement) {}

  /** @param evidenceFiles evidence files of the rectification, uploaded beforehand by the same login; may be empty */
  record Rectification(@Size(max = 2000) @CleanText(TEXT) String description, boolean refused,
      @Size(max = 20) List<@NotNull UUID> evidenceFiles) {

    Rectification(String description, boolean refused) {
      this(description, refused, null);
    }

    List<UUID> evidenceFilesOrEmpty() {
      return evidenceFiles == null ? List.of() : evidenceFiles;
    }
  }

  /** 陈述、申辩 against a prior notice, and whether the subject asks for a hearing (where the measures give one). */
  record Statement(@NotBlank @Size(max = 4000) @CleanText(TEXT) String statement, boolean hearingRequested) {}
  /** How and when a decision document reached the applicant (送达, 行政许可法 第四十四条), as a clerk records it. */
  record Service(@jakarta.validation.constraints.NotNull ServiceMethod method,
      @jakarta.validation.constraints.NotNull java.time.LocalDate servedOn,
      @Size(max = 500) @CleanText(TEXT) String note) {}

  /** An official's finding that the applicant broke the commitment, with what proves it. */
  record Breach(@NotBlank @Size(max = 2000) @CleanText(TEXT) String reason,
      @NotBlank @Size(max = 4000) @CleanText(TEXT) String evidence) {}
}
