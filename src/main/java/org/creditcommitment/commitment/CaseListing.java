package org.creditcommitment.commitment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.creditcommitment.system.SqlLike;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/** The lifecycle's cases a page at a time, newest first: the read API the auditors' case search uses. */
@Service
public class CaseListing {

  /**
   * What to look for; every part may be null (any). Codes and names are matched exactly as given.
   *
   * @param running true for the cases still running only (then {@code endState} is ignored)
   * @param createdFrom applied for at or after this instant
   * @param createdBefore applied for before this instant
   */
  public record Filter(String applicantCode, String itemCode, String department, boolean running, EndState endState,
      OffsetDateTime createdFrom, OffsetDateTime createdBefore) {}

  private final JdbcTemplate jdbc;
  private final ApplicantPersonalData personal;
  private final RowMapper<CaseRecord> mapper;

  CaseListing(JdbcTemplate jdbc, ApplicantPersonalData personal) {
    this.jdbc = jdbc;
    this.personal = personal;
    this.mapper = Cases.mapper(personal);
  }

  public long count(Filter filter) {
    List<Object> args = new ArrayList<>();
    Long total = jdbc.queryForObject("select count(*) from commitment_case" + where(filter, args), Long.class,
        args.toArray());
    return total == null ? 0 : total;
  }

  /** At most {@code limit} cases after the first {@code offset}, newest application first. */
  public List<CaseRecord> page(Filter filter, int limit, long offset) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    args.add(limit);
    args.add(offset);
    return jdbc.query("select * from commitment_case" + where + " order by created_at desc, case_no desc"
        + " limit ? offset ?", mapper, args.toArray());
  }

  /**
   * The running cases of these departments (null: of every department) that {@code text} finds, newest application
   * first, at most {@code limit}: the text (null: any) is a case number or an applicant's code, whatever the case of
   * its letters, or a part of the applicant's name; {@code itemCodes} are the items whose name holds it, found by the
   * caller in the catalogue.
   */
  public List<CaseRecord> running(Collection<String> departments, String text, Collection<String> itemCodes,
      int limit) {
    if (departments != null && departments.isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where end_state is null");
    if (departments != null) {
      where.append(" and department in (").append(String.join(", ", departments.stream().map(d -> "?").toList()))
          .append(")");
      args.addAll(departments);
    }
    if (text != null) {
      String upper = text.toUpperCase(Locale.ROOT);
      where.append(" and (case_no = ? or applicant_code_idx = ? or applicant_name like ?");
      args.add(upper);
      args.add(personal.codeIndex(upper));
      args.add("%" + SqlLike.literal(text) + "%");
      if (!itemCodes.isEmpty()) {
        where.append(" or item_code in (").append(String.join(", ", itemCodes.stream().map(c -> "?").toList()))
            .append(")");
        args.addAll(itemCodes);
      }
      where.append(")");
    }
    args.add(limit);
    return jdbc.query("select * from commitment_case" + where + " order by created_at desc, case_no desc limit ?",
        mapper, args.toArray());
  }

  private String where(Filter f, List<Object> args) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (f.applicantCode() != null) {
      where.append(" and applicant_code_idx = ?");
      args.add(personal.codeIndex(f.applicantCode()));
    }
    if (f.itemCode() != null) {
      where.append(" and item_code = ?");
      args.add(f.itemCode());
    }
    if (f.department() != null) {
      where.append(" and department = ?");
      args.add(f.department());
    }
    if (f.running()) {
      where.append(" and end_state is null");
    } else if (f.endState() != null) {
      where.append(" and end_state = ?");
      args.add(f.endState().name());
    }
    if (f.createdFrom() != null) {
      where.append(" and created_at >= ?");
      args.add(f.createdFrom());
    }
    if (f.createdBefore() != null) {
      where.append(" and created_at < ?");
      args.add(f.createdBefore());
    }
    return where.toString();
  }
}
