package org.creditcommitment.credit.adapters;

import java.time.LocalDate;

/** A fulfilment record to add. */
public record NewFulfilmentRecord(String sourceUnit, String caseNumber, String outcome, String description,
    LocalDate date) {}
