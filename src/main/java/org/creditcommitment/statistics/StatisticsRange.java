package org.creditcommitment.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.ClockConfig;

/**
 * The days a report covers, both inclusive, in Asia/Shanghai. Without dates it is the current calendar
 * year: the yearly report is due at the end of December (普政数局〔2022〕25号 三（三）).
 */
public record StatisticsRange(LocalDate from, LocalDate to) {

  /** Dates outside these years are typing mistakes, and would overflow the day arithmetic. */
  private static final int FIRST_YEAR = 1970;
  private static final int LAST_YEAR = 9998;

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
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      LocalDate date = LocalDate.parse(text.trim());
      if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    throw ApiException.badRequest("invalid-date", "参数 " + name + " 不是有效日期「" + shown + "」，格式应为 YYYY-MM-DD",
        "Parameter " + name + " is not a valid date '" + shown + "'; expected YYYY-MM-DD");
  }
}
