package org.creditcommitment.statistics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Credit repairs and objections filed in the range, from their own case records (credit_repair,
 * credit_objection), not from engine history: the figures survive history cleanup. An objection was answered
 * within its 2 working days when its {@code objectionAnswer} deadline ended cancelled (the wait ended) and never
 * fired.
 */
@Component
class CreditServiceCounts {

  static final String OBJECTION_DEADLINE = "objectionAnswer";

  private static final String REPAIRS = "select count(*) from credit_repair r where r.created_at >= ?"
      + " and r.created_at < ?";
  private static final String OBJECTIONS = "select count(*) from credit_objection o where o.created_at >= ?"
      + " and o.created_at < ?";
  private static final String ANSWERED_IN_TIME = OBJECTIONS
      + " and exists (select 1 from deadline d where d.process_instance_id = o.process_instance_id and d.kind = ?"
      + "   and d.status = 'CANCELLED')"
      + " and not exists (select 1 from deadline d where d.process_instance_id = o.process_instance_id and d.kind = ?"
      + "   and d.status = 'FIRED')";

  private final JdbcTemplate jdbc;

  CreditServiceCounts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Figures.CreditServices count(StatisticsRange range) {
    long repairs = jdbc.queryForObject(REPAIRS, Long.class, range.start(), range.end());
    long objections = jdbc.queryForObject(OBJECTIONS, Long.class, range.start(), range.end());
    long inTime = jdbc.queryForObject(ANSWERED_IN_TIME, Long.class, range.start(), range.end(),
        OBJECTION_DEADLINE, OBJECTION_DEADLINE);
    return new Figures.CreditServices(repairs, objections, inTime);
  }
}
