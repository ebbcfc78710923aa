package org.creditcommitment.calendar;

import java.util.List;

/** The operator's calendar folder has files that cannot be used; the previous calendar stays. */
class InvalidCalendarException extends RuntimeException {

  private final List<String> problems;

  InvalidCalendarException(List<String> problems) {
    super("Invalid calendar files: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
