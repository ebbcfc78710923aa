package org.creditcommitment.repair;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One credit-repair application and how it ended ({@code outcome}: REPAIRED, REFUSED or INCOMPLETE).
 *
 * @param repairLetterSigned true for every repair: filed before the commitment became a record, the filer's word that
 *     the letter was signed; since, the signed {@code commitment}
 * @param commitment the signed 信用修复型 commitment, or null for a repair filed before it became a record
 */
public record Repair(String repairNo, String processInstanceId, String subjectCode, long recordId,
    List<String> evidence, List<String> supplements, boolean obligationsFulfilled, boolean finePaid,
    boolean repairLetterSigned, String outcome, String explanation, OffsetDateTime createdAt, String createdBy,
    OffsetDateTime endedAt, RepairCommitment commitment) {

  Repair withCommitment(RepairCommitment signed) {
    return new Repair(repairNo, processInstanceId, subjectCode, recordId, evidence, supplements, obligationsFulfilled,
        finePaid, repairLetterSigned, outcome, explanation, createdAt, createdBy, endedAt, signed);
  }
}
