package org.creditcommitment.objection;

import static org.creditcommitment.system.FreeText.Kind.LINE;
import static org.creditcommitment.system.FreeText.Kind.TEXT;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.creditcommitment.system.CleanText;

/**
 * A subject's objection (异议) to one of its dishonesty records, filed by the portal or a clerk.
 *
 * @param evidence references to the evidence (file ids of the portal, document numbers); may be empty
 */
public record ObjectionRequest(
    @NotBlank @Size(max = 18) String subjectCode,
    @NotNull @Positive Long recordId,
    @NotBlank @Size(max = 2000) @CleanText(TEXT) String reason,
    @Size(max = 20) List<@NotBlank @Size(max = 200) @CleanText(LINE) String> evidence) {

  public List<String> evidenceOrEmpty() {
    return evidence == null ? List.of() : evidence;
  }
}
