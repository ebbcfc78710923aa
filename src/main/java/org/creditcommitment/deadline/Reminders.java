package org.creditcommitment.deadline;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The {@code reminders} column: pending reminder instants as epoch milliseconds, comma-separated, earliest first. */
final class Reminders {

  private Reminders() {}

  static String format(List<Instant> reminders) {
    return reminders.isEmpty() ? null
        : reminders.stream().map(r -> Long.toString(r.toEpochMilli())).collect(Collectors.joining(","));
  }

  static List<Instant> parse(String column) {
    return column == null || column.isBlank() ? List.of()
        : Arrays.stream(column.split(",")).map(r -> Instant.ofEpochMilli(Long.parseLong(r.trim()))).toList();
  }
}
