package org.creditcommitment.statistics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.creditcommitment.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 归集推送及时率. A commitment record counts as pushed when the credit platform accepted it: the case's
 * {@code pushed_at}, written by the push step in the transaction of the successful push (with either credit
 * adapter), so the figure needs no engine history and survives its cleanup.
 */
@Component
class PushTimeliness {

  private static final String SQL = "select c.department, c.item_code, c.decided_at, c.pushed_at"
      + " from commitment_case c where c.created_at >= ? and c.created_at < ?"
      + " and c.licence_no is not null and c.decided_at is not null";

  private final JdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;
  private final StatisticsProperties properties;

  PushTimeliness(JdbcTemplate jdbc, WorkingDayCalendar calendar, StatisticsProperties properties) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.properties = properties;
  }

  /** Adds approved, in time, late and not yet pushed to the tallies (items without a tally get one). */
  void count(StatisticsRange range, Map<ItemKey, Tally> tallies) {
    jdbc.query(SQL, rs -> {
      Tally t = tallies.computeIfAbsent(new ItemKey(rs.getString("department"), rs.getString("item_code")),
          k -> new Tally());
      Instant decided = rs.getObject("decided_at", OffsetDateTime.class).toInstant();
      OffsetDateTime pushedAt = rs.getObject("pushed_at", OffsetDateTime.class);
      Instant pushed = pushedAt == null ? null : pushedAt.toInstant();
      t.approved++;
      if (pushed == null) {
        t.notYetPushed++;
      } else if (pushed.isAfter(calendar.dueAfterWorkingDays(decided, properties.pushWorkingDays()).instant())) {
        t.pushedLate++;
      } else {
        t.pushedInTime++;
      }
    }, range.start(), range.end());
  }
}
