package org.creditcommitment.repair;

import static org.creditcommitment.system.FreeText.Kind.LINE;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.creditcommitment.system.CleanText;

/**
 * A credit-repair application (信用修复) for one dishonesty record: evidence that the obligations were
 * fulfilled (and the fine paid), and the signed repair commitment letter (信用修复型承诺).
 */
public record RepairRequest(
    @NotBlank @Size(max = 18) String subjectCode,
    @NotNull @Positive Long recordId,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) @CleanText(LINE) String> evidence,
    @NotNull Boolean obligationsFulfilled,
    @NotNull Boolean finePaid,
    @NotNull Boolean repairLetterSigned) {}
