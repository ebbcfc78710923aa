package org.creditcommitment.credit.adapters;

import java.time.LocalDate;

/** A dishonesty record to add; it starts ACTIVE. */
public record NewDishonestyRecord(String sourceUnit, String basis, String domain, LocalDate date,
    LocalDate publicityStart, LocalDate publicityEnd) {}
