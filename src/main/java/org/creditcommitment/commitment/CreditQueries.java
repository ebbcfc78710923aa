package org.creditcommitment.commitment;

import java.time.Instant;
import java.util.List;

import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The credit queries a case made, as evidence for its history: the read API of {@code credit_query}. */
@Service
public class CreditQueries {

  /** One query: whom it asked about, where, when, and the snapshot of the answer (JSON text as received). */
  public record CreditQuery(long id, String subjectCode, Instant queriedAt, String source, String snapshot) {}

  private final JdbcTemplate jdbc;

  CreditQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The case's queries, in the order they were made. */
  public List<CreditQuery> of(String caseNo) {
    return jdbc.query("select * from credit_query where case_no = ? order by id", (rs, n) -> new CreditQuery(
        rs.getLong("id"), rs.getString("subject_code"), Timestamps.read(rs, "queried_at").toInstant(),
        rs.getString("source"), rs.getString("snapshot")), caseNo);
  }
}
