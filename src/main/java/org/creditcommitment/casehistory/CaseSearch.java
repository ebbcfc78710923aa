package org.creditcommitment.casehistory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.commitment.EndState;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.system.RequestDates;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Finds cases for auditors, newest first, a page at a time. Reads the lifecycle's case table
 * ({@code commitment_case}); objection and repair applications are not listed here yet (their timelines
 * open by business key all the same).
 */
@Service
public class CaseSearch {

  /** End-state filter value for cases still running. */
  public static final String OPEN = "OPEN";
  static final int MAX_SIZE = 200;

  private final JdbcTemplate jdbc;
  private final Catalogue catalogue;

  CaseSearch(JdbcTemplate jdbc, Catalogue catalogue) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
  }

  public record Criteria(String applicant, String item, String department, String endState, String from, String to,
      int page, int size) {}

  /** A case as listed; item and department also by name, the code alone means nothing to an auditor. */
  public record CaseSummary(String caseNo, String process, String applicantCode, String applicantName,
      String itemCode, String itemName, String department, String departmentName, String endState,
      String endStateLabel, OffsetDateTime createdAt, OffsetDateTime endedAt) {}

  public record Page(int page, int size, long total, List<CaseSummary> items) {}

  public Page search(Criteria c) {
    if (c.page() < 0 || c.size() < 1 || c.size() > MAX_SIZE) {
      throw ApiException.badRequest("invalid-page", "页码须不小于 0，每页条数须在 1 到 " + MAX_SIZE + " 之间",
          "page must be 0 or more and size between 1 and " + MAX_SIZE);
    }
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (notBlank(c.applicant())) {
      where.append(" AND applicant_code = ?");
      args.add(c.applicant().trim().toUpperCase());
    }
    if (notBlank(c.item())) {
      where.append(" AND item_code = ?");
      args.add(c.item().trim());
    }
    if (notBlank(c.department())) {
      where.append(" AND department = ?");
      args.add(c.department().trim());
    }
    if (notBlank(c.endState())) {
      String state = c.endState().trim();
      if (OPEN.equals(state)) {
        where.append(" AND end_state IS NULL");
      } else if (Arrays.stream(EndState.values()).anyMatch(s -> s.name().equals(state))) {
        where.append(" AND end_state = ?");
        args.add(state);
      } else {
        throw ApiException.badRequest("invalid-end-state", "未知的办结状态「" + state + "」",
            "Unknown end state '" + state + "'; use one of " + Arrays.toString(EndState.values()) + " or " + OPEN);
      }
    }
    LocalDate from = RequestDates.parse("from", c.from());
    LocalDate to = RequestDates.parse("to", c.to());
    if (from != null) {
      where.append(" AND created_at >= ?");
      args.add(from.atStartOfDay(ClockConfig.ZONE).toOffsetDateTime());
    }
    if (to != null) {
      where.append(" AND created_at < ?");
      args.add(to.plusDays(1).atStartOfDay(ClockConfig.ZONE).toOffsetDateTime());
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badRequest("invalid-date-range", "起始日期晚于截止日期", "'from' is after 'to'");
    }
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM commitment_case" + where, Long.class, args.toArray());
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(c.size());
    pageArgs.add((long) c.page() * c.size());
    Map<String, String> departments = catalogue.departments();
    Map<String, String> itemNames = new HashMap<>();
    List<CaseSummary> items = jdbc.query("SELECT * FROM commitment_case" + where
        + " ORDER BY created_at DESC, case_no DESC LIMIT ? OFFSET ?", (rs, n) -> {
          String endState = rs.getString("end_state");
          String itemCode = rs.getString("item_code");
          String department = rs.getString("department");
          // an item removed from the catalogue since keeps its code, so the row still says something
          String itemName = itemNames.computeIfAbsent(itemCode,
              code -> catalogue.find(code).map(ServiceItem::name).orElse(code));
          return new CaseSummary(rs.getString("case_no"), "commitment-lifecycle", rs.getString("applicant_code"),
              rs.getString("applicant_name"), itemCode, itemName, department,
              departments.getOrDefault(department, department), endState,
              endState == null ? "办理中" : EndState.valueOf(endState).label(),
              Timestamps.read(rs, "created_at"), Timestamps.read(rs, "ended_at"));
        }, pageArgs.toArray());
    return new Page(c.page(), c.size(), total == null ? 0 : total, items);
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
