package org.creditcommitment.repair;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The materials an applicant supplies after the initial review found the application incomplete. */
public record RepairSupplement(
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> evidence,
    @Size(max = 2000) String note) {}
