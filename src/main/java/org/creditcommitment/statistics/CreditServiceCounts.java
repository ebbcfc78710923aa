package org.creditcommitment.statistics;

import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Credit repairs and objections, from Camunda's process history by process definition key, started in
 * the range. An objection was answered within its 2 working days when its {@code objectionAnswer}
 * deadline ended cancelled (the wait ended) and never fired. Both count 0 while those processes are
 * not deployed.
 */
@Component
class CreditServiceCounts {

  static final String REPAIR_PROCESS = "credit-repair";
  static final String OBJECTION_PROCESS = "credit-objection";
  static final String OBJECTION_DEADLINE = "objectionAnswer";

  private static final String STARTED = "select count(*) from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = ?"
      + " and p.START_TIME_ >= ? and p.START_TIME_ < ?";

  private static final String ANSWERED_IN_TIME = STARTED
      + " and exists (select 1 from deadline d where d.process_instance_id = p.ID_ and d.kind = ?"
      + "   and d.status = 'CANCELLED')"
      + " and not exists (select 1 from deadline d where d.process_instance_id = p.ID_ and d.kind = ?"
      + "   and d.status = 'FIRED')";

  private final JdbcTemplate jdbc;

  CreditServiceCounts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Figures.CreditServices count(StatisticsRange range) {
    // Camunda's START_TIME_ has no zone: it is written in the JVM's zone, as Timestamp binds it.
    Timestamp start = Timestamp.from(range.start().toInstant());
    Timestamp end = Timestamp.from(range.end().toInstant());
    long repairs = jdbc.queryForObject(STARTED, Long.class, REPAIR_PROCESS, start, end);
    long objections = jdbc.queryForObject(STARTED, Long.class, OBJECTION_PROCESS, start, end);
    long inTime = jdbc.queryForObject(ANSWERED_IN_TIME, Long.class, OBJECTION_PROCESS, start, end,
        OBJECTION_DEADLINE, OBJECTION_DEADLINE);
    return new Figures.CreditServices(repairs, objections, inTime);
  }
}
