package org.creditcommitment.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

import org.creditcommitment.system.ClockConfig;

/** How variable values read in a Chinese letter: dates as 2025年3月5日, times to the minute in Beijing time. */
final class MailValues {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private MailValues() {}

  static String format(String name, Object value) {
    if (value instanceof CharSequence text) {
      return text.toString();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    if (value instanceof LocalDate date) {
      return DATE.format(date);
    }
    if (value instanceof LocalDateTime dateTime) {
      return DATE_TIME.format(dateTime);
    }
    if (value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof Instant
        || value instanceof Date) {
      Instant instant = value instanceof Date date ? date.toInstant() : Instant.from((TemporalAccessor) value);
      return DATE_TIME.format(instant.atZone(ClockConfig.ZONE));
    }
    throw new IllegalArgumentException("variable '" + name + "' has unsupported type "
        + value.getClass().getName() + "; use a string, number or date/time");
  }
}
