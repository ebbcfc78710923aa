package org.creditcommitment.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readable application numbers: prefix + date + six-digit database sequence value, e.g.
 * {@code YY20261123000042}; unique in a cluster because the sequence is in the shared database.
 */
@Component
public class SequenceNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final boolean postgres;

  SequenceNumbers(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.postgres = "PostgreSQL".equals(
        jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
  }

  /** The next number of this sequence (a name from a Flyway migration, never user input). */
  public String next(String prefix, String sequence) {
    long n = nextValue(sequence);
    return prefix + DAY.format(LocalDate.now(clock)) + String.format("%06d", n % 1_000_000);
  }

  /** Whether the text has the form of a number of this prefix (prefix, eight-digit date, six digits). */
  public static boolean isNumber(String prefix, String text) {
    return text.length() == prefix.length() + 14 && text.startsWith(prefix)
        && text.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** The next value of a database sequence (a name from a Flyway migration, never user input). */
  public long nextValue(String sequence) {
    if (!sequence.matches("[a-z_]+")) {
      throw new IllegalArgumentException("Not a sequence name: " + sequence);
    }
    return jdbc.queryForObject(postgres ? "select nextval('" + sequence + "')"
        : "select next value for " + sequence, Long.class);
  }
}
