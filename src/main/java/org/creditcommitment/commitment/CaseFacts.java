package org.creditcommitment.commitment;

/**
 * What the case record knows beyond {@link CaseRecord}, each written by the step that found or decided it: the
 * credit check, the benefits granted, the reasons officials gave, the inspection draw and result, rectification and
 * punishment. Null until that step has happened.
 *
 * @param rectificationPeriod the rectification period the inspector set on finding a breach (e.g. 10WD); null for the
 *     item's own
 * @param grantedServices the {@link GrantedService} names granted, separated by commas; null for none (or a case from
 *     before they were recorded)
 * @param eligibilityCode the eligibility decision's reason code (ELIGIBLE, TYPE_NEEDS_HIGHER_GRADE, …)
 * @param commitmentWithdrawnAt when the applicant withdrew the commitment before the decision (the application went on
 *     by the original procedure); null when it was not withdrawn
 * @param falseCommitmentReason what was found false in the commitment or the materials, by the approver (denied) or
 *     the inspector (punished without rectification); null when nothing was
 * @param supervisionMonths the months the approver listed the subject under key supervision (列为重点监管对象); null
 *     when that measure was not chosen, or chosen before the period was recorded (then the configured default)
 * @param punishedBy the approver who decided the punishment; null on cases decided before it was recorded
 */
record CaseFacts(String grade, Boolean redListed, String negativeReminder, String decisionPeriod, String benefits,
    String denialReason, String withdrawalReason, Boolean inspectionSelected, String inspector,
    String inspectionPeriod, String inspectionResult, String inspectionFindings, String inspectedBy,
    String acceptedBy, String rectificationReason, String rectificationDescription, String punishmentMeasures,
    Integer barMonths, String punishmentBasis, String rectificationPeriod, String grantedServices,
    String eligibilityCode, java.time.OffsetDateTime commitmentWithdrawnAt, String commitmentWithdrawalReason,
    String falseCommitmentReason, Integer supervisionMonths, String punishedBy) {

  /**
   * Why the subject is punished: the false commitment found, or else why rectification was ordered (and then refused,
   * missed or failed).
   */
  String breachReason() {
    return falseCommitmentReason != null ? falseCommitmentReason : rectificationReason;
  }
}
