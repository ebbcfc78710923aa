package org.creditcommitment.casehistory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.creditcommitment.system.ClockConfig;

/**
 * How values read for an auditor: Beijing time, Chinese dates, 是/否. The server formats the business view so
 * that the page, the tests and any other reader see the same text.
 */
final class DisplayFormat {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*(Z|[+-]\\d{2}:?\\d{2})");

  private DisplayFormat() {}

  /**
   * A deadline. Deadlines run to the end of a day, stored as the next day's Beijing midnight; read as that
   * next day they would look a day longer than the law allows, so they are shown as the day they end on.
   */
  static String due(Instant due) {
    if (due == null) {
      return null;
    }
    ZonedDateTime local = due.atZone(ClockConfig.ZONE);
    if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return DATE.format(local.minusDays(1)) + "（当日24:00止）";
    }
    return DATE_TIME.format(local);
  }

  static String due(Object value) {
    Instant instant = instant(value);
    return instant != null ? due(instant) : text(value);
  }

  static String time(Instant time) {
    return time == null ? null : DATE_TIME.format(time.atZone(ClockConfig.ZONE));
  }

  /** Any value as text: booleans 是/否, instants in Beijing time, ISO dates as Chinese dates, lists with 、. */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean b) {
      return b ? "是" : "否";
    }
    if (value instanceof Date || value instanceof OffsetDateTime || value instanceof ZonedDateTime
        || value instanceof Instant) {
      return time(instant(value));
    }
    if (value instanceof LocalDate date) {
      return DATE.format(date);
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(DisplayFormat::text).filter(t -> t != null && !t.isBlank())
          .collect(Collectors.joining("、"));
    }
    if (value instanceof Map<?, ?> map) {
      // as labelled text: a business field never shows JSON
      return map.entrySet().stream().filter(e -> !isEmpty(e.getValue()))
          .map(e -> DetailLabels.label(String.valueOf(e.getKey())) + "：" + text(e.getValue()))
          .collect(Collectors.joining("；"));
    }
    String text = value.toString().strip();
    if ("true".equals(text) || "false".equals(text)) {
      return "true".equals(text) ? "是" : "否";
    }
    if ("null".equals(text)) {
      return null;
    }
    if (ISO_DATE.matcher(text).matches()) {
      try {
        return DATE.format(LocalDate.parse(text));
      } catch (DateTimeParseException notADate) {
        return text;
      }
    }
    if (ISO_INSTANT.matcher(text).matches()) {
      Instant instant = instant(text);
      return instant != null ? time(instant) : text;
    }
    return text;
  }

  static boolean isEmpty(Object value) {
    String text = text(value);
    return text == null || text.isBlank() || "[]".equals(text);
  }

  /** How long a step took, to the minute: "2天3小时", "45分钟", "不足1分钟". */
  static String duration(Object millis) {
    if (!(millis instanceof Number number)) {
      return null;
    }
    Duration d = Duration.ofMillis(number.longValue());
    if (d.toMinutes() < 1) {
      return "不足1分钟";
    }
    StringBuilder text = new StringBuilder();
    if (d.toDays() > 0) {
      text.append(d.toDays()).append('天');
    }
    if (d.toHoursPart() > 0) {
      text.append(d.toHoursPart()).append("小时");
    }
    if (d.toDays() == 0 && d.toMinutesPart() > 0) {
      text.append(d.toMinutesPart()).append("分钟");
    }
    return text.toString();
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof ZonedDateTime zdt) {
      return zdt.toInstant();
    }
    if (value instanceof String text && ISO_INSTANT.matcher(text.strip()).matches()) {
      try {
        return OffsetDateTime.parse(text.strip()).toInstant();
      } catch (DateTimeParseException notAnInstant) {
        return null;
      }
    }
    return null;
  }
}
