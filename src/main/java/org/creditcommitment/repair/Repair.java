package org.creditcommitment.repair;

import java.time.OffsetDateTime;
import java.util.List;

/** One credit-repair application and how it ended ({@code outcome}: REPAIRED, REFUSED or INCOMPLETE). */
public record Repair(String repairNo, String processInstanceId, String subjectCode, long recordId,
    List<String> evidence, List<String> supplements, boolean obligationsFulfilled, boolean finePaid,
    boolean repairLetterSigned, String outcome, String explanation, OffsetDateTime createdAt, String createdBy,
    OffsetDateTime endedAt) {}
