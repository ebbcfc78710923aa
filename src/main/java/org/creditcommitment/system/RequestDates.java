package org.creditcommitment.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Every date a caller of /api sends (a query parameter such as {@code from}, {@code to}, {@code asOf}, or a date field
 * of a body): a plain {@code YYYY-MM-DD} within {@link #EARLIEST} and {@link #LATEST}. ISO also reads years such as
 * {@code +999999999}; a day after such a date or the start of it in a zone is out of Java's range, so one unchecked
 * parameter used to answer 500. Nothing the product holds is older than 2000, and no deadline or publicity it sets
 * reaches beyond 9999: any other date is a typing mistake, answered 400 {@code invalid-date}.
 */
public final class RequestDates {

  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int SHOWN = 40;

  private RequestDates() {}

  /** The date of a request parameter, or null when the parameter is missing or blank. */
  public static LocalDate parse(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    if (SHAPE.matcher(trimmed).matches()) {
      try {
        return check(name, LocalDate.parse(trimmed));
      } catch (DateTimeParseException e) {
        // no such day (2026-02-30): answered below
      }
    }
    throw invalid(name, text);
  }

  /** A date read already (a typed body field), refused like a parameter when outside the range; null stays null. */
  public static LocalDate check(String name, LocalDate date) {
    if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
      throw invalid(name, date.toString());
    }
    return date;
  }

  private static ApiException invalid(String name, String text) {
    String shown = text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    return ApiException.badRequest("invalid-date",
        "参数 " + name + " 不是有效日期「" + shown + "」，应为 " + EARLIEST + " 至 " + LATEST + " 之间的 YYYY-MM-DD",
        "Parameter " + name + " is not a valid date '" + shown + "'; expected YYYY-MM-DD from " + EARLIEST + " to "
            + LATEST);
  }
}
