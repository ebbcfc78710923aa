package org.creditcommitment.credit;

import java.time.LocalDate;

/** Fulfilment credit information (履约践诺), e.g. the outcome of a follow-up inspection. */
public record FulfilmentRecord(long id, String sourceUnit, String caseNumber, String outcome, String description,
    LocalDate date) {}
