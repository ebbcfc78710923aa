package org.creditcommitment.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.creditcommitment.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 归集推送及时率. A commitment record counts as pushed when the credit platform received it: the
 * credit_pushed_record row of the embedded platform (record type COMMITMENT, reference = case number);
 * with the http adapter that table stays empty, and the completion of Task_PushCommitment (which ends
 * in the transaction of a successful push) stands for the receipt.
 */
@Component
class PushTimeliness {

  static final String PUSH_ACTIVITY = "Task_PushCommitment";

  private static final String SQL = "select c.department, c.item_code, c.decided_at,"
      + " (select min(p.received_at) from credit_pushed_record p where p.reference = c.case_no"
      + "   and p.record_type = 'COMMITMENT') as received_at,"
      + " (select min(a.END_TIME_) from ACT_HI_ACTINST a where a.PROC_INST_ID_ = c.process_instance_id"
      + "   and a.ACT_ID_ = '" + PUSH_ACTIVITY + "') as push_completed_at"
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
      OffsetDateTime received = rs.getObject("received_at", OffsetDateTime.class);
      // Camunda writes its timestamps without zone, in the JVM's zone; getTimestamp reads them back the same way.
      Timestamp completed = rs.getTimestamp("push_completed_at");
      Instant pushed = received != null ? received.toInstant() : completed != null ? completed.toInstant() : null;
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
