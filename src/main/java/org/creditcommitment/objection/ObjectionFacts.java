package org.creditcommitment.objection;

import java.time.LocalDate;

/**
 * What the steps and forms of credit-objection know about an objection besides its filing ({@link Objection}): the
 * subject and the dishonesty record as they were when it was filed, the answer as checked (null until answered) and
 * the credit office's review of the punished cases (null until reviewed).
 */
record ObjectionFacts(Objection objection, String subjectName, String subjectEmail, String recordSummary,
    String recordSourceUnit, String recordBasis, String recordDomain, LocalDate recordPublicityStart,
    LocalDate recordPublicityEnd, ObjectionAnswers.Answer answer, String punishmentReviewResult,
    String punishmentReviewNote) {

  String objectionNo() {
    return objection.objectionNo();
  }
}
