package org.creditcommitment.repair;

import static org.creditcommitment.system.FreeText.Kind.LINE;
import static org.creditcommitment.system.FreeText.Kind.TEXT;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.creditcommitment.system.CleanText;

/** The materials an applicant supplies after the initial review found the application incomplete. */
record RepairSupplement(
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) @CleanText(LINE) String> evidence,
    @Size(max = 2000) @CleanText(TEXT) String note) {}
