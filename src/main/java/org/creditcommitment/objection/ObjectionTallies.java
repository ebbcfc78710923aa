package org.creditcommitment.objection;

import java.time.OffsetDateTime;
import java.util.List;

import org.creditcommitment.deadline.KeptDeadlines;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The objections in aggregate, for the yearly statistics, from their own records (not the engine's history, so the
 * figures survive its cleanup). An objection counts by the day it was filed.
 */
@Service
public class ObjectionTallies {

  /**
   * @param answeredInTime of those, the ones answered within their period: the answer deadline's wait ended (the
   *     deadline was cancelled) and it never fired
   */
  public record Tally(long filed, long answeredInTime) {}

  private final JdbcTemplate jdbc;
  private final KeptDeadlines kept;

  ObjectionTallies(JdbcTemplate jdbc, KeptDeadlines kept) {
    this.jdbc = jdbc;
    this.kept = kept;
  }

  /** The objections filed from {@code start} (inclusive) to {@code end} (exclusive). */
  public Tally filed(OffsetDateTime start, OffsetDateTime end) {
    List<String> processes = jdbc.queryForList("select process_instance_id from credit_objection"
        + " where created_at >= ? and created_at < ?", String.class, start, end);
    return new Tally(processes.size(), kept.among(ObjectionConfig.ANSWER_DEADLINE, processes).size());
  }
}
