package org.creditcommitment.casehistory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.commitment.CaseListing;
import org.creditcommitment.commitment.EndState;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.system.RequestDates;
import org.springframework.stereotype.Service;

/**
 * Finds cases for auditors, newest first, a page at a time, through the lifecycle's read API
 * ({@link CaseListing}); objection and repair applications are not listed here yet (their timelines open by
 * business key all the same).
 */
@Service
class CaseSearch {

  /** End-state filter value for cases still running. */
  public static final String OPEN = "OPEN";
  static final int MAX_SIZE = 200;

  private final CaseListing listing;
  private final Catalogue catalogue;

  CaseSearch(CaseListing listing, Catalogue catalogue) {
    this.listing = listing;
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
    boolean running = false;
    EndState endState = null;
    if (notBlank(c.endState())) {
      String state = c.endState().trim();
      if (OPEN.equals(state)) {
        running = true;
      } else if (Arrays.stream(EndState.values()).anyMatch(s -> s.name().equals(state))) {
        endState = EndState.valueOf(state);
      } else {
        throw ApiException.badRequest("invalid-end-state", "未知的办结状态「" + state + "」",
            "Unknown end state '" + state + "'; use one of " + Arrays.toString(EndState.values()) + " or " + OPEN);
      }
    }
    LocalDate from = RequestDates.parse("from", c.from());
    LocalDate to = RequestDates.parse("to", c.to());
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badRequest("invalid-date-range", "起始日期晚于截止日期", "'from' is after 'to'");
    }
    CaseListing.Filter filter = new CaseListing.Filter(
        notBlank(c.applicant()) ? c.applicant().trim().toUpperCase() : null,
        notBlank(c.item()) ? c.item().trim() : null,
        notBlank(c.department()) ? c.department().trim() : null, running, endState,
        from == null ? null : from.atStartOfDay(ClockConfig.ZONE).toOffsetDateTime(),
        to == null ? null : to.plusDays(1).atStartOfDay(ClockConfig.ZONE).toOffsetDateTime());
    long total = listing.count(filter);
    Map<String, String> departments = catalogue.departments();
    Map<String, String> itemNames = new HashMap<>();
    List<CaseSummary> items = listing.page(filter, c.size(), (long) c.page() * c.size()).stream().map(r -> {
      // an item removed from the catalogue since keeps its code, so the row still says something
      String itemName = itemNames.computeIfAbsent(r.itemCode(),
          code -> catalogue.find(code).map(ServiceItem::name).orElse(code));
      return new CaseSummary(r.caseNo(), "commitment-lifecycle", r.applicantCode(), r.applicantName(), r.itemCode(),
          itemName, r.department(), departments.getOrDefault(r.department(), r.department()), r.endState(),
          r.endState() == null ? "办理中" : EndState.valueOf(r.endState()).label(), r.createdAt(), r.endedAt());
    }).toList();
    return new Page(c.page(), c.size(), total, items);
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
