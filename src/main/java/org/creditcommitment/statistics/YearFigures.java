package org.creditcommitment.statistics;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;

/** The statistics of one year, for other modules: what {@code GET /api/statistics?from=…-01-01&to=…} answers. */
@Service
public class YearFigures {

  private final Statistics statistics;

  YearFigures(Statistics statistics) {
    this.statistics = statistics;
  }

  /** The figures of the cases applied for from 1 January of {@code year} to {@code to} (inclusive, same year). */
  public YearlyFigures of(int year, LocalDate to) {
    if (to.getYear() != year) {
      throw new IllegalArgumentException("The figures of " + year + " end in that year, not on " + to);
    }
    StatisticsReport report = statistics.report(new StatisticsRange(LocalDate.of(year, 1, 1), to));
    Figures total = report.total();
    Figures.CreditServices services = total.creditServices();
    return new YearlyFigures(year, report.from(), report.to(), YearlyFigures.Row.of("合计", total),
        report.departments().stream().map(d -> YearlyFigures.Row.of(d.departmentName(), d)).toList(),
        report.categories().stream().map(c -> YearlyFigures.Row.of(c.categoryLabel(), c.figures())).toList(),
        report.labels().getOrDefault("endStates", Map.of()),
        services == null ? 0 : services.repairs(), services == null ? 0 : services.objections());
  }
}
