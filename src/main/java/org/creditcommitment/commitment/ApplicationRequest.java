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
 */
public record ApplicationRequest(
    @NotBlank @Size(max = 18) String applicantCode,
    @NotBlank @Size(max = 100) @CleanText(NAME) String applicantName,
    @NotBlank @Email @Size(max = 254) String applicantEmail,
    @NotBlank @Size(max = 40) String itemCode,
    @NotNull CommitmentType commitmentType,
    @Size(max = 20) List<@NotBlank @Size(max = 200) @CleanText(NAME) String> missingMaterials) {

  public List<String> missingMaterialsOrEmpty() {
    return missingMaterials == null ? List.of() : missingMaterials;
  }
}
