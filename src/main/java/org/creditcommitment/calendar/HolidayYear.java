package org.creditcommitment.calendar;

import java.time.LocalDate;
import java.util.Map;

/**
 * One year of the State Council arrangement: the days that differ from the ordinary week.
 *
 * @param exceptions date → true when off (holiday), false when worked (调休)
 * @param source where it was loaded from, for the operator
 */
record HolidayYear(int year, Map<LocalDate, Boolean> exceptions, String source) {

  HolidayYear {
    exceptions = Map.copyOf(exceptions);
  }
}
