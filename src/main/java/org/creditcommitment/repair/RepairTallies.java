package org.creditcommitment.repair;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The credit repairs in aggregate, for the yearly statistics, from their own records (not the engine's history, so
 * the figures survive its cleanup). A repair counts by the day it was filed.
 */
@Service
public class RepairTallies {

  private final JdbcTemplate jdbc;

  RepairTallies(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** How many repairs were filed from {@code start} (inclusive) to {@code end} (exclusive). */
  public long filed(OffsetDateTime start, OffsetDateTime end) {
    Long count = jdbc.queryForObject("select count(*) from credit_repair where created_at >= ? and created_at < ?",
        Long.class, start, end);
    return count == null ? 0 : count;
  }
}
