package org.creditcommitment.calendar;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline as the policy documents and the catalogue write it: {@code "<n>WD"} (n working days; {@code 0WD} is
 * the same working day, for what is done on the spot: 即时予以办理), an
 * ISO-8601 period of days/weeks/months/years ({@code P15D}, {@code P3M}) or an ISO-8601 duration with a time
 * part ({@code PT4H}, {@code P1DT12H}). {@link #parse} is the one validator of such strings.
 */
public sealed interface DueSpec {

  /** Upper bound that catches typos such as "2000WD" without limiting real deadlines. */
  int MAX_WORKING_DAYS = 1000;

  /** n working days; 0 is the same working day. */
  record WorkingDays(int days) implements DueSpec {}

  /** The same working day: 24:00 of the event's day, or of the next working day when the event falls on a day off. */
  String SAME_WORKING_DAY = "0WD";

  /** A calendar period: counted in days/months/years, ends at 24:00 of the date reached. */
  record CalendarPeriod(Period period) implements DueSpec {}

  /** An exact duration (has a time part): ends exactly that long after the event. */
  record ExactDuration(Duration duration) implements DueSpec {}

  Pattern WORKING_DAYS = Pattern.compile("(\\d{1,4})WD");

  /**
   * Parses a spec or throws {@link IllegalArgumentException} with a message that names the bad value
   * and the accepted forms.
   */
  static DueSpec parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw invalid(spec, "it is empty");
    }
    String text = spec.trim().toUpperCase(Locale.ROOT);
    Matcher workingDays = WORKING_DAYS.matcher(text);
    if (workingDays.matches()) {
      int days = Integer.parseInt(workingDays.group(1));
      if (days > MAX_WORKING_DAYS || days == 0 && !workingDays.group(1).equals("0")) {
        throw invalid(spec, "working days must be between 0 (the same working day) and " + MAX_WORKING_DAYS);
      }
      return new WorkingDays(days);
    }
    if (!text.startsWith("P")) {
      throw invalid(spec, "it is neither <n>WD nor an ISO-8601 period");
    }
    try {
      if (text.contains("T")) {
        Duration duration = Duration.parse(text);
        if (duration.isNegative() || duration.isZero()) {
          throw invalid(spec, "it must be positive");
        }
        return new ExactDuration(duration);
      }
      Period period = Period.parse(text);
      if (period.isNegative() || period.isZero()) {
        throw invalid(spec, "it must be positive");
      }
      return new CalendarPeriod(period);
    } catch (DateTimeParseException e) {
      throw invalid(spec, "it is not a valid ISO-8601 period or duration");
    }
  }

  /** True when {@link #parse} accepts the spec. */
  static boolean isValid(String spec) {
    try {
      parse(spec);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static IllegalArgumentException invalid(String spec, String why) {
    return new IllegalArgumentException("Invalid deadline spec '" + spec + "': " + why
        + " (use <n>WD for working days, e.g. 2WD, or an ISO-8601 period such as P15D, P3M, PT4H)");
  }
}
