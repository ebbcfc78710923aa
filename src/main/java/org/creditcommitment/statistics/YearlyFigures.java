package org.creditcommitment.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of {@code GET /api/statistics} for one year (from 1 January to {@code to}), as other modules read them:
 * the credit office's yearly report (普政数局〔2022〕25号 三（三）). Rates are null over nothing counted, never 0.
 *
 * @param endStateLabels the end states' Chinese names by code, in the order the product lists them
 */
public record YearlyFigures(int year, LocalDate from, LocalDate to, Row total, List<Row> departments,
    List<Row> categories, Map<String, String> endStateLabels, long repairs, long objections) {

  /**
   * One department's, one category's, or the year's figures; the names of the fields are those of the statistics API.
   *
   * @param endStates cases per end state code; {@code running} are those without one yet
   */
  public record Row(String name, long applications, Map<String, Long> endStates, long running,
      long inspectedFulfilled, long notDrawn, long unfulfilled, BigDecimal inspectedFulfilmentRate,
      BigDecimal reportingRate, long reportsDue, long reported, BigDecimal complianceRate, long pushesAttempted,
      long pushesRefused, BigDecimal codeErrorRate, long codes, long codeErrors, long approved, long pushedInTime,
      BigDecimal pushTimeliness) {

    static Row of(String name, Figures f) {
      Figures.Indicators i = f.indicators();
      return new Row(name, f.applications(), f.endStates(), f.running(), f.inspectedFulfilled(), f.notDrawn(),
          f.unfulfilled(), f.inspectedFulfilmentRate(), f.reportingRate(), i.reportsDue(), i.reported(),
          f.complianceRate(), i.pushesAttempted(), i.pushesRefused(), f.codeErrorRate(), i.codes(), i.codeErrors(),
          f.push().approved(), f.push().inTime(), f.push().timeliness());
    }
  }
}
