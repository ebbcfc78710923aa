package org.creditcommitment.commitment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The day the first case was applied for, from the case records: a yearly report of a year before it would report
 * nothing the product ever handled.
 */
@Component
public class FirstCase {

  private final JdbcTemplate jdbc;

  FirstCase(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The first case's day (Asia/Shanghai); empty while there is none. */
  public Optional<LocalDate> day() {
    return jdbc.query("select min(c.created_at) as first_at from commitment_case c", rs -> {
      if (!rs.next()) {
        return Optional.<LocalDate>empty();
      }
      OffsetDateTime first = Timestamps.read(rs, "first_at");
      return Optional.ofNullable(first).map(t -> t.atZoneSameInstant(ClockConfig.ZONE).toLocalDate());
    });
  }
}
