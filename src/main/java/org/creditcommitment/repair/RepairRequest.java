package org.creditcommitment.repair;

import static org.creditcommitment.system.FreeText.Kind.LINE;
import static org.creditcommitment.system.FreeText.Kind.NAME;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.creditcommitment.system.CleanText;

/**
 * A credit-repair application (信用修复) for one dishonesty record: evidence that the obligations were
 * fulfilled (and the fine paid), and the signed repair commitment (信用修复型承诺, {@link SignedLetter}).
 *
 * @param evidence evidence named in text (document numbers, receipts); clients before evidence files send only this
 * @param evidenceFiles evidence files uploaded beforehand ({@code POST /api/evidence}) by the same login; text or
 *     files, at least one of them
 */
public record RepairRequest(
    @NotBlank @Size(max = 18) String subjectCode,
    @NotNull @Positive Long recordId,
    @Size(max = 20) List<@NotBlank @Size(max = 200) @CleanText(LINE) String> evidence,
    @NotNull Boolean obligationsFulfilled,
    @NotNull Boolean finePaid,
    @NotNull @Valid SignedLetter repairLetter,
    @Size(max = 20) List<@NotNull UUID> evidenceFiles) {

  public RepairRequest(String subjectCode, Long recordId, List<String> evidence, Boolean obligationsFulfilled,
      Boolean finePaid, SignedLetter repairLetter) {
    this(subjectCode, recordId, evidence, obligationsFulfilled, finePaid, repairLetter, null);
  }

  public List<String> evidenceOrEmpty() {
    return evidence == null ? List.of() : evidence;
  }

  public List<UUID> evidenceFilesOrEmpty() {
    return evidenceFiles == null ? List.of() : evidenceFiles;
  }

  /** An application proves the obligations fulfilled: with evidence named in text, with files, or both. */
  @AssertTrue(message = "证明材料（evidence 或 evidenceFiles）不得为空 / evidence or evidenceFiles must not be empty")
  boolean isEvidenceGiven() {
    return !evidenceOrEmpty().isEmpty() || !evidenceFilesOrEmpty().isEmpty();
  }

  /**
   * The subject's signature of the repair commitment: who signed, and the SHA-256 of the exact text signed, which must
   * be the text {@code POST /api/repairs/letter} gives for this subject and record.
   */
  public record SignedLetter(
      @NotBlank @Size(max = 100) @CleanText(NAME) String signer,
      @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}") String textSha256) {}

  /** What the repair commitment's text is rendered from. */
  public record LetterFor(@NotBlank @Size(max = 18) String subjectCode, @NotNull @Positive Long recordId) {}
}
