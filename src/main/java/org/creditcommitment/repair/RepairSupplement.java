package org.creditcommitment.repair;

import static org.creditcommitment.system.FreeText.Kind.LINE;
import static org.creditcommitment.system.FreeText.Kind.TEXT;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.creditcommitment.system.CleanText;

/** The materials an applicant supplies after the initial review found the application incomplete. */
record RepairSupplement(
    @Size(max = 20) List<@NotBlank @Size(max = 200) @CleanText(LINE) String> evidence,
    @Size(max = 2000) @CleanText(TEXT) String note,
    @Size(max = 20) List<@NotNull UUID> evidenceFiles) {

  RepairSupplement(List<String> evidence, String note) {
    this(evidence, note, null);
  }

  List<String> evidenceOrEmpty() {
    return evidence == null ? List.of() : evidence;
  }

  List<UUID> evidenceFilesOrEmpty() {
    return evidenceFiles == null ? List.of() : evidenceFiles;
  }

  @AssertTrue(message = "补正材料（evidence 或 evidenceFiles）不得为空 / evidence or evidenceFiles must not be empty")
  boolean isEvidenceGiven() {
    return !evidenceOrEmpty().isEmpty() || !evidenceFilesOrEmpty().isEmpty();
  }
}
