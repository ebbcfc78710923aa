package org.creditcommitment.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a date range: one row per item with cases, a subtotal per department and the total.
 *
 * @param labels Chinese names of the codes used as keys (commitmentTypes, endStates)
 */
record StatisticsReport(LocalDate from, LocalDate to, OffsetDateTime generatedAt,
    Map<String, Map<String, String>> labels, List<Figures> items, List<Figures> departments, Figures total,
    List<Voluntary> voluntary, List<KeySupervision> keySupervision, List<Category> categories) {

  /**
   * The application commitments of one category (普政数局〔2022〕25号 二（七）: 审批替代型, 证明事项型; an item closed to
   * commitment, or gone from the catalogue, is 其他), added up from its items; the voluntary categories are in
   * {@code voluntary}, 信用修复型 in the total's repairs.
   */
  public record Category(String category, String categoryLabel, Figures figures) {}

  /**
   * 主动型、行业自律型 commitments (汕府办函〔2021〕17号 二（一）) of one department and category: filed and published in the
   * range.
   */
  public record Voluntary(String department, String departmentName, String category, String categoryLabel, long filed,
      long published) {}

  /** Subjects put under key supervision for a broken commitment (重点监管) in the range, per recording department. */
  public record KeySupervision(String department, String departmentName, long listed) {}
}
