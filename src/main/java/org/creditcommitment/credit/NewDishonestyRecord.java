package org.creditcommitment.credit;

import java.time.LocalDate;

/** A dishonesty record to add; it starts ACTIVE. */
public record NewDishonestyRecord(String sourceUnit, String basis, String domain, LocalDate date,
    LocalDate publicityStart, LocalDate publicityEnd) {}
