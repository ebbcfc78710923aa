package org.creditcommitment.commitment;

import static org.creditcommitment.system.FreeText.Kind.NAME;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.credit.ApplicantNames;
import org.creditcommitment.system.CleanText;

/**
 * What an applicant (or the portal, or a clerk on its behalf) submits to open a case.
 *
 * @param applicantName must be the subject's registered name ({@link ApplicantNames})
 * @param electronicServiceConsent the applicant agrees to be served decision documents electronically (on the portal,
 *     the link mailed), 行政许可法 第四十四条; absent means no: service by electronic means needs a consent given, so
 *     without one a clerk serves and records it (portal pick-up, in person or by post)
 * @param applicantMobile optional: the applicant's mobile number for short messages about their deadlines (an invalid
 *     one refuses the application, {@code MobileNumbers#normalise})
 */
public record ApplicationRequest(
    @NotBlank @Size(max = 18) String applicantCode,
    @NotBlank @Size(max = 100) @CleanText(NAME) String applicantName,
    @NotBlank @Email @Size(max = 254) String applicantEmail,
    @NotBlank @Size(max = 40) String itemCode,
    @NotNull CommitmentType commitmentType,
    @Size(max = 20) List<@NotBlank @Size(max = 200) @CleanText(NAME) String> missingMaterials,
    Boolean electronicServiceConsent,
    @Size(max = 40) String applicantMobile) {

  /** An application that says nothing about electronic service: none is consented to. */
  public ApplicationRequest(String applicantCode, String applicantName, String applicantEmail, String itemCode,
      CommitmentType commitmentType, List<String> missingMaterials) {
    this(applicantCode, applicantName, applicantEmail, itemCode, commitmentType, missingMaterials, null, null);
  }

  /** An application without a mobile number: mail only. */
  public ApplicationRequest(String applicantCode, String applicantName, String applicantEmail, String itemCode,
      CommitmentType commitmentType, List<String> missingMaterials, Boolean electronicServiceConsent) {
    this(applicantCode, applicantName, applicantEmail, itemCode, commitmentType, missingMaterials,
        electronicServiceConsent, null);
  }

  public boolean consentsToElectronicService() {
    return Boolean.TRUE.equals(electronicServiceConsent);
  }

  public List<String> missingMaterialsOrEmpty() {
    return missingMaterials == null ? List.of() : missingMaterials;
  }
}
