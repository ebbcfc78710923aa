package org.creditcommitment.correction;

import static org.creditcommitment.system.FreeText.Kind.TEXT;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.creditcommitment.system.CleanText;

/**
 * The credit office's answer to a provider's correction.
 *
 * @param confirm true: the record is corrected as asked; false: refused, the record stays as it is
 * @param reason required when refusing (the unit is told why); a note when confirming
 */
public record CorrectionAnswer(@NotNull Boolean confirm, @Size(max = 2000) @CleanText(TEXT) String reason) {

  String reasonOrNull() {
    return reason == null || reason.isBlank() ? null : reason.strip();
  }
}
