package org.creditcommitment.repair;

/**
 * What the steps and forms of credit-repair know about an application besides its filing ({@link Repair}): the
 * subject and the record as they were when it was filed, the initial review, the supplement's note and the
 * verification (each null until made).
 */
record RepairFacts(Repair repair, String subjectName, String subjectEmail, String recordSummary, String reviewResult,
    String missingItems, String reviewOpinion, String supplementNote, String repairDecision,
    String verificationOpinion) {

  String repairNo() {
    return repair.repairNo();
  }
}
