package org.creditcommitment.commitment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/**
 * The cases whose commitment and licence are public (公示): the read API the public board uses, so that no other
 * module reads {@code commitment_case}. A case is published once its record reached the credit platform (the push
 * after an approval with a licence number) and stays published while it runs and, after it ended FULFILLED or
 * FULFILLED_AFTER_RECTIFICATION, until {@code endedAfter}. A case that was punished (from the moment the punishment
 * is recorded), withdrawn, abandoned, denied or moved to standard review is never published here; neither is a case
 * whose push has not reached the platform yet. The applicant's e-mail is never part of the answer.
 */
@Service
public class PublishedCases {

  /**
   * One published case: what a public record of its commitment and of its licensing decision is made of. The
   * applicant's code (decrypted) and name are as filed; whoever shows them masks a natural person's.
   */
  public record PublishedCase(String caseNo, String applicantCode, String applicantName, String itemCode,
      String department, CommitmentType commitmentType, String licenceNo, Instant decidedAt, Instant pushedAt) {}

  /**
   * What to look for; every part may be null (any).
   *
   * @param applicantCode the full code, matched exactly
   * @param nameContains a part of a <em>legal person's</em> name: codes whose first 17 characters are all digits
   *     (every resident ID, so every natural person) are never matched by name, only by their full code
   * @param itemCodes the items to include; null for any, empty for none
   * @param endedAfter an ended case is published while it ended after this instant
   */
  public record Filter(String applicantCode, String nameContains, String department, Collection<String> itemCodes,
      Instant endedAfter) {}

  /** Newest first by the push (the commitment's publication) or by the decision (the licence's). */
  public enum Order {
    PUSHED("pushed_at"), DECIDED("decided_at");

    private final String column;

    Order(String column) {
      this.column = column;
    }
  }

  private static final char ESCAPE = '!';

  private final JdbcTemplate jdbc;
  private final ApplicantPersonalData personal;
  private final RowMapper<PublishedCase> mapper;

  PublishedCases(JdbcTemplate jdbc, ApplicantPersonalData personal) {
    this.jdbc = jdbc;
    this.personal = personal;
    this.mapper = (rs, n) -> new PublishedCase(rs.getString("case_no"),
        personal.code(rs.getString("applicant_code")), rs.getString("applicant_name"), rs.getString("item_code"),
        rs.getString("department"), CommitmentType.valueOf(rs.getString("commitment_type")),
        rs.getString("licence_no"), Timestamps.read(rs, "decided_at").toInstant(),
        Timestamps.read(rs, "pushed_at").toInstant());
  }

  public long count(Filter filter) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    if (where == null) {
      return 0;
    }
    Long count = jdbc.queryForObject("select count(*) from commitment_case c" + where, Long.class, args.toArray());
    return count == null ? 0 : count;
  }

  /** At most {@code limit} published cases, newest first in this order. */
  public List<PublishedCase> newest(Filter filter, Order order, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    if (where == null || limit <= 0) {
      return List.of();
    }
    args.add(limit);
    // the column comes from the enum, never from input
    return jdbc.query("select c.case_no, c.applicant_code, c.applicant_name, c.item_code, c.department,"
        + " c.commitment_type, c.licence_no, c.decided_at, c.pushed_at from commitment_case c" + where
        + " order by c." + order.column + " desc, c.case_no desc limit ?", mapper, args.toArray());
  }

  /** The where clause with its arguments, or null when nothing can match (an empty item list). */
  private String where(Filter f, List<Object> args) {
    StringBuilder where = new StringBuilder(" where c.pushed_at is not null and c.licence_no is not null"
        + " and c.decided_at is not null and c.punished_at is null and (c.end_state is null or (c.end_state in ('")
        .append(EndState.FULFILLED.name()).append("', '").append(EndState.FULFILLED_AFTER_RECTIFICATION.name())
        .append("') and c.ended_at >= ?))");
    args.add(OffsetDateTime.ofInstant(f.endedAfter() == null ? Instant.EPOCH : f.endedAfter(), ZoneOffset.UTC));
    if (notBlank(f.applicantCode())) {
      where.append(" and c.applicant_code_idx = ?");
      args.add(personal.codeIndex(f.applicantCode().strip().toUpperCase(Locale.ROOT)));
    }
    if (notBlank(f.nameContains())) {
      // a letter among the first 17 characters makes the code a USCC; all digits may be a resident ID (the code may
      // be encrypted: the row keeps which it is, system/NaturalPersonCodes#mayBe)
      where.append(" and lower(c.applicant_name) like ? escape '").append(ESCAPE).append("'")
          .append(" and c.applicant_may_be_person = false");
      args.add("%" + escapeLike(f.nameContains().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (notBlank(f.department())) {
      where.append(" and c.department = ?");
      args.add(f.department().strip());
    }
    if (f.itemCodes() != null) {
      if (f.itemCodes().isEmpty()) {
        return null;
      }
      where.append(" and c.item_code in (").append(String.join(", ", f.itemCodes().stream().map(i -> "?").toList()))
          .append(")");
      args.addAll(f.itemCodes());
    }
    return where.toString();
  }

  static String escapeLike(String text) {
    StringBuilder out = new StringBuilder();
    for (char ch : text.toCharArray()) {
      if (ch == ESCAPE || ch == '%' || ch == '_') {
        out.append(ESCAPE);
      }
      out.append(ch);
    }
    return out.toString();
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }
}
