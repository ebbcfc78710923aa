package org.creditcommitment.statistics;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.supervision.KeySupervisionList;
import org.creditcommitment.voluntary.VoluntaryCommitments;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.commitment.EndState;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics for the yearly report (普政数局〔2022〕25号 三(三)) and at any time: per department and
 * item.
 */
@Service
@EnableConfigurationProperties(StatisticsProperties.class)
class Statistics {

  private final CaseCounts caseCounts;
  private final PushTimeliness pushTimeliness;
  private final Reporting reporting;
  private final CreditServiceCounts creditServices;
  private final Catalogue catalogue;
  private final Clock clock;
  private final VoluntaryCommitments voluntaryCommitments;
  private final KeySupervisionList keySupervision;
  private final CodeErrors codeErrors;

  Statistics(CaseCounts caseCounts, PushTimeliness pushTimeliness, CreditServiceCounts creditServices,
      Catalogue catalogue, Clock clock, VoluntaryCommitments voluntaryCommitments, KeySupervisionList keySupervision,
      Reporting reporting, CodeErrors codeErrors) {
    this.codeErrors = codeErrors;
    this.reporting = reporting;
    this.voluntaryCommitments = voluntaryCommitments;
    this.keySupervision = keySupervision;
    this.caseCounts = caseCounts;
    this.pushTimeliness = pushTimeliness;
    this.creditServices = creditServices;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** Read-only; one transaction so that on PostgreSQL the queries see one snapshot. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public StatisticsReport report(StatisticsRange range) {
    Map<ItemKey, Tally> tallies = caseCounts.count(range);
    pushTimeliness.count(range, tallies);
    reporting.count(range, tallies);
    Map<String, String> departmentNames = catalogue.departments();
    Map<String, String> itemNames = new TreeMap<>();
    Map<String, CommitmentCategory> itemCategories = new TreeMap<>();
    for (ServiceItem item : catalogue.all()) {
      itemNames.put(item.code(), item.name());
      if (item.category() != null) {
        itemCategories.put(item.code(), item.category());
      }
    }
    Map<CommitmentCategory, Tally> byCategory = new TreeMap<>();

    List<Figures> items = new ArrayList<>();
    List<Figures> departments = new ArrayList<>();
    Map<String, Tally> byDepartment = new TreeMap<>();
    Tally total = new Tally();
    tallies.forEach((key, tally) -> {
      items.add(Figures.of(Figures.Level.ITEM, key.department(), name(departmentNames, key.department()),
          key.itemCode(), name(itemNames, key.itemCode()), tally, null));
      byDepartment.computeIfAbsent(key.department(), d -> new Tally()).add(tally);
      byCategory.computeIfAbsent(itemCategories.getOrDefault(key.itemCode(), CommitmentCategory.OTHER),
          c -> new Tally()).add(tally);
      total.add(tally);
    });
    byDepartment.forEach((department, tally) -> departments.add(Figures.of(Figures.Level.DEPARTMENT, department,
        name(departmentNames, department), null, null, tally, null)));
    // a corrected code belongs to no item: it counts on the total only, among its codes and its wrong codes
    for (String corrected : codeErrors.correctedCodes(range)) {
      total.codes.add(corrected);
      total.codeErrors.add(corrected);
      total.correctedCodes.add(corrected);
    }
    Figures all = Figures.of(Figures.Level.TOTAL, null, "合计", null, null, total, creditServices.count(range));
    List<StatisticsReport.Voluntary> voluntary = voluntaryCommitments.countsByDepartmentAndCategory(range.from(),
        range.to()).stream().map(c -> new StatisticsReport.Voluntary(c.department(),
            name(departmentNames, c.department()), c.category().name(), c.category().label(), c.filed(),
            c.published())).toList();
    List<StatisticsReport.KeySupervision> listed = new ArrayList<>();
    keySupervision.countsByDepartment(range.start(), range.end()).forEach((department, n) -> listed.add(
        new StatisticsReport.KeySupervision(department, name(departmentNames, department), n)));
    List<StatisticsReport.Category> categories = new ArrayList<>();
    byCategory.forEach((category, tally) -> categories.add(new StatisticsReport.Category(category.name(),
        category.label(), Figures.of(Figures.Level.CATEGORY, null, category.label(), null, null, tally, null))));
    return new StatisticsReport(range.from(), range.to(), OffsetDateTime.now(clock), labels(), items, departments, all,
        voluntary, listed, categories);
  }

  /** A department or item no longer in the catalogue keeps its code as its name. */
  private static String name(Map<String, String> names, String code) {
    return names.getOrDefault(code, code);
  }

  static Map<String, Map<String, String>> labels() {
    Map<String, String> types = new LinkedHashMap<>();
    for (CommitmentType type : CommitmentType.values()) {
      types.put(type.name(), type.label());
    }
    Map<String, String> ends = new LinkedHashMap<>();
    for (EndState state : EndState.values()) {
      ends.put(state.name(), state.label());
    }
    return Map.of("commitmentTypes", types, "endStates", ends);
  }
}
