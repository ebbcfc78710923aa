package org.creditcommitment.commitment;

import java.time.OffsetDateTime;
import java.util.List;

import org.creditcommitment.catalogue.CommitmentType;

/** The searchable facts of one application; the process instance holds its flow. */
public record CaseRecord(String caseNo, String processInstanceId, String applicantCode, String applicantName,
    String applicantEmail, String itemCode, String department, CommitmentType commitmentType,
    List<String> missingMaterials, Boolean eligible, String eligibilityReason, String licenceNo, String endState,
    OffsetDateTime createdAt, String createdBy, OffsetDateTime decidedAt, OffsetDateTime endedAt) {}
