package org.creditcommitment.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.system.RequestDates;

/**
 * The days a report covers, both inclusive, in Asia/Shanghai. Without dates it is the current calendar
 * year: the yearly report is due at the end of December (普政数局〔2022〕25号 三（三）).
 */
record StatisticsRange(LocalDate from, LocalDate to) {

  public StatisticsRange {
    if (from.isAfter(to)) {
      throw ApiException.badRequest("invalid-range", "统计起始日期「" + from + "」晚于截止日期「" + to + "」",
          "The range starts (" + from + ") after it ends (" + to + ")");
    }
  }

  /** From request parameters (ISO dates such as 2026-01-01); a missing one defaults to its end of the current year. */
  public static StatisticsRange parse(String from, String to, Clock clock) {
    int year = LocalDate.now(clock.withZone(ClockConfig.ZONE)).getYear();
    return new StatisticsRange(date("from", from, LocalDate.of(year, 1, 1)), date("to", to, LocalDate.of(year, 12, 31)));
  }

  /** The first instant of the range. */
  public OffsetDateTime start() {
    return from.atStartOfDay(ClockConfig.ZONE).toOffsetDateTime();
  }

  /** The first instant after the range (24:00 of {@code to}). */
  public OffsetDateTime end() {
    return to.plusDays(1).atStartOfDay(ClockConfig.ZONE).toOffsetDateTime();
  }

  private static LocalDate date(String name, String text, LocalDate fallback) {
    LocalDate date = RequestDates.parse(name, text);
    return date == null ? fallback : date;
  }
}
