package org.creditcommitment.credit;

import java.time.LocalDate;

/** An administrative penalty not yet performed (有行政处罚失信行为且未履行). */
public record UnperformedPenalty(long id, String decisionNumber, String description, LocalDate decidedOn) {}
