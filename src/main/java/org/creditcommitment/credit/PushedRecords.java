package org.creditcommitment.credit;

import java.time.Instant;
import java.util.List;

import org.creditcommitment.system.SqlLike;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The records the embedded credit platform accepted, as evidence for a case's history: the read API of
 * {@code credit_pushed_record}. Empty when the platform is an external one, which keeps its own.
 */
@Service
public class PushedRecords {

  /** One accepted push; {@code payload} is the JSON text as received. */
  public record PushedRecord(String recordType, String subjectCode, String idempotencyKey, String payload,
      String platformRecordId, Instant receivedAt) {}

  private final JdbcTemplate jdbc;

  PushedRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The pushes of a case: those naming it as their reference and those whose idempotency key it prefixes
   * ({@code key:…}), in the order they were accepted.
   */
  public List<PushedRecord> of(String caseNo) {
    String keyPrefix = SqlLike.literal(caseNo) + ":%";
    return jdbc.query("select * from credit_pushed_record where reference = ? or idempotency_key like ? order by id",
        (rs, n) -> new PushedRecord(rs.getString("record_type"), rs.getString("subject_code"),
            rs.getString("idempotency_key"), rs.getString("payload"), rs.getString("platform_record_id"),
            Timestamps.read(rs, "received_at").toInstant()), caseNo, keyPrefix);
  }
}
