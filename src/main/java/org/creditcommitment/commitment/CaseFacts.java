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
 */
record CaseFacts(String grade, Boolean redListed, String negativeReminder, String decisionPeriod, String benefits,
    String denialReason, String withdrawalReason, Boolean inspectionSelected, String inspector,
    String inspectionPeriod, String inspectionResult, String inspectionFindings, String inspectedBy,
    String acceptedBy, String rectificationReason, String rectificationDescription, String punishmentMeasures,
    Integer barMonths, String punishmentBasis, String rectificationPeriod, String grantedServices,
    String eligibilityCode) {}
