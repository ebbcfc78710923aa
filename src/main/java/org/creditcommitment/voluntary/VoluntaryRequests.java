package org.creditcommitment.voluntary;

import static org.creditcommitment.system.FreeText.Kind.NAME;
import static org.creditcommitment.system.FreeText.Kind.TEXT;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.creditcommitment.system.CleanText;

/** Bodies of the portal's voluntary-commitment calls. */
final class VoluntaryRequests {

  private VoluntaryRequests() {}

  /**
   * What the text is rendered from: the subject (for 行业自律型 the association) and the template, and the members an
   * association's commitment covers.
   *
   * @param subjectName must be the name registered for the code (as for an application)
   */
  public record Text(
      @NotBlank @Size(max = 18) String subjectCode,
      @NotBlank @Size(max = 100) @CleanText(NAME) String subjectName,
      @NotBlank @Size(max = 40) String templateCode,
      @Size(max = 200) List<@NotBlank @Size(max = 18) String> memberCodes) {

    public List<String> membersOrEmpty() {
      return memberCodes == null ? List.of() : memberCodes;
    }
  }

  /**
   * A filing: the same as {@link Text}, the subject's e-mail, who signed online and the SHA-256 of the text signed,
   * which must be the text the template renders for this input.
   */
  public record Filing(
      @NotBlank @Size(max = 18) String subjectCode,
      @NotBlank @Size(max = 100) @CleanText(NAME) String subjectName,
      @NotBlank @Size(max = 40) String templateCode,
      @Size(max = 200) List<@NotBlank @Size(max = 18) String> memberCodes,
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(max = 100) @CleanText(NAME) String signer,
      @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}") String textSha256) {

    public Text text() {
      return new Text(subjectCode, subjectName, templateCode, memberCodes);
    }
  }

  /** An official's finding that the subject broke the standing commitment, with what proves it. */
  public record Breach(@jakarta.validation.constraints.NotBlank @Size(max = 2000) @CleanText(TEXT) String reason,
      @jakarta.validation.constraints.NotBlank @Size(max = 4000) @CleanText(TEXT) String evidence) {}

  /** Why the subject withdraws it (optional), or why it is revoked (required). */
  public record Reason(@Size(max = 2000) @CleanText(TEXT) String reason) {}
}
