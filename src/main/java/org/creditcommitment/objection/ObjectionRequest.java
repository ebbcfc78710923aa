package org.creditcommitment.objection;

import static org.creditcommitment.system.FreeText.Kind.LINE;
import static org.creditcommitment.system.FreeText.Kind.TEXT;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.creditcommitment.system.CleanText;

/**
 * A subject's objection (异议) to one of its dishonesty records, filed by the portal or a clerk.
 *
 * @param evidence references to evidence kept elsewhere (document numbers, a portal's own file ids), as text; may be
 *     empty
 * @param evidenceFiles evidence files uploaded beforehand ({@code POST /api/evidence}) by the same login; may be empty
 */
public record ObjectionRequest(
    @NotBlank @Size(max = 18) String subjectCode,
    @NotNull @Positive Long recordId,
    @NotBlank @Size(max = 2000) @CleanText(TEXT) String reason,
    @Size(max = 20) List<@NotBlank @Size(max = 200) @CleanText(LINE) String> evidence,
    @Size(max = 20) List<@NotNull UUID> evidenceFiles) {

  /** An objection with evidence named in text only, as clients before evidence files send it. */
  public ObjectionRequest(String subjectCode, Long recordId, String reason, List<String> evidence) {
    this(subjectCode, recordId, reason, evidence, null);
  }

  public List<UUID> evidenceFilesOrEmpty() {
    return evidenceFiles == null ? List.of() : evidenceFiles;
  }

  public List<String> evidenceOrEmpty() {
    return evidence == null ? List.of() : evidence;
  }
}
