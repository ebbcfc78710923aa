package org.creditcommitment.commitment;

import java.time.OffsetDateTime;

/**
 * One application case of a subject as its credit report shows it: what was applied for, how it ended, and what the
 * follow-up found ({@link Cases#ofApplicant}).
 *
 * @param endState null while the case runs
 * @param inspectionResult COMPLIANT or NON_COMPLIANT when inspected (the last inspection or reinspection)
 */
public record SubjectCase(String caseNo, String itemCode, String department, String commitmentType,
    OffsetDateTime createdAt, EndState endState, OffsetDateTime endedAt, String licenceNo, String inspectionResult,
    OffsetDateTime inspectedAt, OffsetDateTime rectificationNotifiedAt, String rectificationReason,
    OffsetDateTime punishedAt, String dishonestyRecordId, String punishmentMeasures) {}
