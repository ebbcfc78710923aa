package org.creditcommitment.credit;

import java.time.LocalDate;

/**
 * An administrative penalty (行政处罚) in a subject's credit file, performed or not: what a certificate of no
 * violation (无违法违规证明) attests the absence of, field by field.
 *
 * @param field the field (领域) of the deciding authority, e.g. 市场监管 or 安全生产; null when the platform has none
 * @param performed whether the penalty has been performed (履行) by the time of the answer
 */
public record AdministrativePenalty(long id, String decisionNumber, String description, String field,
    LocalDate decidedOn, boolean performed) {}
