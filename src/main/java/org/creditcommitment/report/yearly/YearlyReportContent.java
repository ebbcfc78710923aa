package org.creditcommitment.report.yearly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.creditcommitment.documents.Documents;
import org.creditcommitment.statistics.YearlyFigures;
import org.creditcommitment.statistics.YearlyFigures.Row;

/**
 * What the yearly report prints ({@code documents/yearly-report.html}, its {@code v}): the year's figures as text, and
 * each chart as rows whose bar widths are worked out here, so the template draws them as plain boxes (vector fills
 * in the PDF, printable in black and white). A rate over nothing counted prints as —, never as 0 %.
 */
final class YearlyReportContent {

  static final String NONE = "—";

  private YearlyReportContent() {}

  static Map<String, Object> values(YearlyFigures f, int version, boolean automatic) {
    Row total = f.total();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("year", Integer.toString(f.year()));
    v.put("period", Documents.date(f.from()) + "至" + Documents.date(f.to()));
    v.put("version", "第" + version + "版");
    v.put("origin", automatic ? "系统于12月自动生成（本年度截至生成之日）" : "信用办依申请生成");
    v.put("applications", Long.toString(total.applications()));
    v.put("running", Long.toString(total.running()));
    v.put("ended", Long.toString(total.applications() - total.running()));
    v.put("repairs", Long.toString(f.repairs()));
    v.put("objections", Long.toString(f.objections()));
    v.put("endStates", endStates(f));
    v.put("departments", rows(f.departments()));
    v.put("departmentBars", bars(f.departments(), Row::applications));
    v.put("categories", rows(f.categories()));
    v.put("categoryBars", bars(f.categories(), Row::applications));
    v.put("indicators", indicators(total));
    v.put("codeErrorRate", total.codeErrorRate() == null ? NONE : total.codeErrorRate().toPlainString() + "/万");
    v.put("codeErrorBasis", total.codeErrors() + " / " + total.codes());
    v.put("fulfilment", fulfilment(total));
    v.put("fulfilmentSegments", segments(total));
    v.put("headlineRate", percent(total.inspectedFulfilmentRate()));
    return v;
  }

  private static List<Map<String, Object>> endStates(YearlyFigures f) {
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    f.endStateLabels().forEach((code, label) -> counts.put(label, f.total().endStates().getOrDefault(code, 0L)));
    counts.put("办理中", f.total().running());
    long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    counts.forEach((label, n) -> rows.add(bar(label, Long.toString(n), n, max)));
    return rows;
  }

  private static List<Map<String, Object>> rows(List<Row> rows) {
    return rows.stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", r.name());
      row.put("applications", Long.toString(r.applications()));
      row.put("inspectedFulfilled", Long.toString(r.inspectedFulfilled()));
      row.put("notDrawn", Long.toString(r.notDrawn()));
      row.put("unfulfilled", Long.toString(r.unfulfilled()));
      row.put("inspectedFulfilmentRate", percent(r.inspectedFulfilmentRate()));
      row.put("reportingRate", percent(r.reportingRate()));
      row.put("pushTimeliness", percent(r.pushTimeliness()));
      return (Map<String, Object>) row;
    }).toList();
  }

  private static List<Map<String, Object>> bars(List<Row> rows, ToLongFunction<Row> value) {
    long max = rows.stream().mapToLong(value).max().orElse(0);
    return rows.stream().map(r -> bar(r.name(), Long.toString(value.applyAsLong(r)), value.applyAsLong(r), max))
        .toList();
  }

  /** The rates the credit office is assessed on, each with what it is made of; bars on a 0–100 % scale. */
  private static List<Map<String, Object>> indicators(Row t) {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(rate("上报率", t.reportingRate(), t.reported() + " / " + t.reportsDue()));
    rows.add(rate("合规率", t.complianceRate(),
        (t.pushesAttempted() - t.pushesRefused()) + " / " + t.pushesAttempted()));
    rows.add(rate("归集推送及时率", t.pushTimeliness(), t.pushedInTime() + " / " + t.approved()));
    rows.add(rate("践诺率（已核查）", t.inspectedFulfilmentRate(),
        t.inspectedFulfilled() + " / " + (t.inspectedFulfilled() + t.unfulfilled())));
    return rows;
  }

  private static Map<String, Object> rate(String name, BigDecimal rate, String basis) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("label", name);
    row.put("value", percent(rate));
    row.put("basis", basis);
    row.put("width", rate == null ? "0%" : width(rate.multiply(BigDecimal.valueOf(100))));
    return row;
  }

  private static List<Map<String, Object>> fulfilment(Row t) {
    long all = t.inspectedFulfilled() + t.notDrawn() + t.unfulfilled();
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(share("已核查践诺", t.inspectedFulfilled(), all));
    rows.add(share("未抽中（视为践诺）", t.notDrawn(), all));
    rows.add(share("未践诺", t.unfulfilled(), all));
    return rows;
  }

  /** The three parts of the ended-kept-or-broken cases as one bar; a part of none is left out, not drawn as a sliver. */
  private static List<Map<String, Object>> segments(Row t) {
    long all = t.inspectedFulfilled() + t.notDrawn() + t.unfulfilled();
    List<Map<String, Object>> segments = new ArrayList<>();
    String[] styles = {"seg-inspected", "seg-not-drawn", "seg-unfulfilled"};
    long[] counts = {t.inspectedFulfilled(), t.notDrawn(), t.unfulfilled()};
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        Map<String, Object> segment = share("", counts[i], all);
        segment.put("style", styles[i]);
        segments.add(segment);
      }
    }
    return segments;
  }

  private static Map<String, Object> share(String label, long n, long all) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("label", label);
    row.put("count", Long.toString(n));
    BigDecimal ratio = all == 0 ? null : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(all), 4, RoundingMode.HALF_UP);
    row.put("share", percent(ratio));
    row.put("width", ratio == null ? "0%" : width(ratio.multiply(BigDecimal.valueOf(100))));
    return row;
  }

  private static Map<String, Object> bar(String label, String value, long n, long max) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("label", label);
    row.put("value", value);
    row.put("width", max == 0 ? "0%" : width(BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(max), 2,
        RoundingMode.HALF_UP)));
    return row;
  }

  private static String width(BigDecimal percent) {
    return percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** 0.9850 → 98.50%; null → —. */
  static String percent(BigDecimal ratio) {
    return ratio == null ? NONE
        : ratio.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
