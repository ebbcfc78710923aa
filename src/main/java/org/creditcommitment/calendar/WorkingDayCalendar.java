package org.creditcommitment.calendar;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.creditcommitment.calendar.DueSpec.CalendarPeriod;
import org.creditcommitment.calendar.DueSpec.ExactDuration;
import org.creditcommitment.calendar.DueSpec.WorkingDays;
import org.creditcommitment.system.ClockConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Working days of mainland China (Asia/Shanghai) and the deadlines counted with them.
 *
 * <p>A day is off when the year's data lists it with {@code isOffDay: true}; worked when listed with
 * {@code isOffDay: false} (调休); otherwise Saturday and Sunday are off. A year without data is
 * never guessed silently: weekends only are skipped, the result is {@code provisional} and a WARN is
 * logged.
 *
 * <p>Semantics (DESIGN.md "Deadlines"):
 * <ul>
 *   <li>{@code nWD}: n working days from an event at time t end at 24:00 of the n-th working day
 *       after t's date (the day of the event never counts, whatever the hour). {@code 0WD}, the same working day,
 *       ends at 24:00 of t's date when that is a working day, else of the next working day.</li>
 *   <li>Calendar periods ({@code P15D}, {@code P3M}, {@code P1Y}): added to t's date (months clamp to
 *       the month's end: 01-31 + P1M = 02-28); the deadline ends at 24:00 of the date reached,
 *       whether or not that is a working day.</li>
 *   <li>Durations with a time part ({@code PT4H}): end exactly that long after t.</li>
 * </ul>
 */
@Component
@EnableConfigurationProperties(CalendarProperties.class)
public class WorkingDayCalendar {

  public static final ZoneId ZONE = ClockConfig.ZONE;
  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final Path dir;
  private volatile Map<Integer, HolidayYear> years;

  WorkingDayCalendar(CalendarProperties properties) {
    this.dir = properties.dir();
    Map<Integer, HolidayYear> loaded = HolidayFiles.shipped();
    try {
      loaded.putAll(HolidayFiles.folder(dir));
    } catch (InvalidCalendarException e) {
      // Starting without the operator's year is safe (deadlines of that year are provisional and say so);
      // refusing to start over a typo in a file would stop every case.
      log.error("Ignoring the calendar folder {}: {}", dir.toAbsolutePath(), e.getMessage());
    }
    this.years = Map.copyOf(loaded);
    log.info("Working-day calendar has the years {}", new TreeSet<>(years.keySet()));
  }

  /** Reads the shipped years and the operator folder again; on an invalid file keeps the current data. */
  public Map<Integer, String> reload() {
    Map<Integer, HolidayYear> loaded = HolidayFiles.shipped();
    loaded.putAll(HolidayFiles.folder(dir));
    this.years = Map.copyOf(loaded);
    log.info("Working-day calendar reloaded from {}: years {}", dir.toAbsolutePath(), new TreeSet<>(loaded.keySet()));
    return sources();
  }

  /** year → where its data comes from. */
  public Map<Integer, String> sources() {
    Map<Integer, String> sources = new TreeMap<>();
    years.forEach((year, data) -> sources.put(year, data.source()));
    return sources;
  }

  public boolean hasYear(int year) {
    return years.containsKey(year);
  }

  public boolean isWorkingDay(LocalDate date) {
    HolidayYear year = years.get(date.getYear());
    Boolean off = year == null ? null : year.exceptions().get(date);
    if (off != null) {
      return !off;
    }
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /**
   * The deadline {@code spec} (see {@link DueSpec}) after an event at {@code from}.
   *
   * @throws IllegalArgumentException for an invalid spec, or one that ends beyond the dates Java can count
   *     (P1000000000Y, or any spec from the year 999999999): a caller's mistake, never an internal error
   */
  public Due due(Instant from, String spec) {
    DueSpec parsed = DueSpec.parse(spec);
    try {
      if (parsed instanceof WorkingDays workingDays) {
        return dueAfterWorkingDays(from, workingDays.days());
      }
      if (parsed instanceof CalendarPeriod period) {
        LocalDate date = from.atZone(ZONE).toLocalDate().plus(period.period());
        return new Due(date, endOf(date), false);
      }
      OffsetDateTime at = from.plus(((ExactDuration) parsed).duration()).atZone(ZONE).toOffsetDateTime();
      return new Due(at.toLocalDate(), at, false);
    } catch (DateTimeException | ArithmeticException e) {
      throw new IllegalArgumentException("Deadline spec '" + spec + "' from " + from
          + " ends beyond the supported range of dates", e);
    }
  }

  /**
   * n working days after an event at {@code from}: 24:00 of the n-th working day after from's date; for 0, of from's
   * date itself when it is a working day.
   */
  public Due dueAfterWorkingDays(Instant from, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("Working days must be at least 0, was " + n);
    }
    LocalDate date = from.atZone(ZONE).toLocalDate();
    Set<Integer> missing = new TreeSet<>();
    if (n == 0) {
      if (!years.containsKey(date.getYear())) {
        missing.add(date.getYear());
      }
      if (isWorkingDay(date)) {
        return new Due(date, endOf(date), !missing.isEmpty());
      }
      // an event on a day off is handled on the next working day
      n = 1;
    }
    int counted = 0;
    while (counted < n) {
      date = date.plusDays(1);
      if (!years.containsKey(date.getYear())) {
        missing.add(date.getYear());
      }
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    if (!missing.isEmpty()) {
      log.warn("No holiday data for {}: {} working days from {} counted with weekends only, due {} is provisional"
          + " (add cn-<year>.json to {})", missing, n, from, date, dir.toAbsolutePath());
    }
    return new Due(date, endOf(date), !missing.isEmpty());
  }

  /**
   * The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}.
   * A deadline's clock that stopped on {@code from} and restarts on {@code to} loses these days (行政许可法 第四十五条:
   * 听证、检验、检测、检疫、鉴定和专家评审所需时间不计算在期限内): the day it stops was a day of work on the case,
   * the day it restarts counts as the event from which the rest runs, like any period's start (the day of the event
   * never counts).
   */
  public int workingDaysAfter(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        days++;
      }
    }
    return days;
  }

  /**
   * A deadline passing at {@code due} moved by {@code n} working days: it then passes at 24:00 of the n-th working
   * day after its last day (an extension, 行政许可法 第四十二条, or the days a suspension kept off its clock). 0 leaves
   * it as it is.
   */
  public Due postpone(Instant due, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("A deadline moves by at least 0 working days, was " + n);
    }
    LocalDate lastDay = due.minusNanos(1).atZone(ZONE).toLocalDate();
    if (n == 0) {
      return new Due(lastDay, due.atZone(ZONE).toOffsetDateTime(), !years.containsKey(lastDay.getYear()));
    }
    return dueAfterWorkingDays(lastDay.atStartOfDay(ZONE).toInstant(), n);
  }

  /**
   * Of two deadline specs counted from the same event, the one that ends first ({@code spec} when both end together):
   * a period that may shorten another but never extend it.
   */
  public String shorter(Instant from, String spec, String other) {
    return due(from, other).instant().isBefore(due(from, spec).instant()) ? other : spec;
  }

  /**
   * When a reminder {@code before} the deadline fires. {@code nWD}: at 00:00 of the working day on
   * which n working days remain (1WD = the start of the due date itself, when it is a working day);
   * ISO periods and durations are subtracted from the instant the deadline passes.
   */
  public Instant reminderBefore(Due due, String before) {
    DueSpec parsed = DueSpec.parse(before);
    if (parsed instanceof WorkingDays workingDays) {
      LocalDate date = due.dueDate();
      int remaining = isWorkingDay(date) ? 1 : 0;
      while (remaining < workingDays.days()) {
        date = date.minusDays(1);
        if (isWorkingDay(date)) {
          remaining++;
        }
      }
      return date.atStartOfDay(ZONE).toInstant();
    }
    if (parsed instanceof CalendarPeriod period) {
      return due.dueAt().minus(period.period()).toInstant();
    }
    return due.instant().minus(((ExactDuration) parsed).duration());
  }

  private static OffsetDateTime endOf(LocalDate date) {
    return date.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
  }
}
