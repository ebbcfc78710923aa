package org.creditcommitment.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a date range: one row per item with cases, a subtotal per department and the total.
 *
 * @param labels Chinese names of the codes used as keys (commitmentTypes, endStates)
 */
public record StatisticsReport(LocalDate from, LocalDate to, OffsetDateTime generatedAt,
    Map<String, Map<String, String>> labels, List<Figures> items, List<Figures> departments, Figures total) {}
