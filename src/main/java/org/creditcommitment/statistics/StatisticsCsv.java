package org.creditcommitment.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.commitment.EndState;

/**
 * The report as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the Chinese), CRLF,
 * Chinese headers, items of a department followed by its subtotal, the total last. Rates are percentages.
 */
final class StatisticsCsv {

  static final String BOM = "\uFEFF";

  private StatisticsCsv() {}

  static String write(StatisticsReport report) {
    StringBuilder out = new StringBuilder(BOM);
    line(out, headers());
    for (Figures department : report.departments()) {
      for (Figures item : report.items()) {
        if (item.department().equals(department.department())) {
          line(out, cells(item));
        }
      }
      line(out, cells(department));
    }
    for (StatisticsReport.Category category : report.categories()) {
      line(out, cells(category.figures()));
    }
    line(out, cells(report.total()));
    return out.toString();
  }

  static List<String> headers() {
    List<String> h = new ArrayList<>(List.of("类别", "部门编码", "部门", "事项编码", "事项名称", "申请件数"));
    for (CommitmentType type : CommitmentType.values()) {
      h.add(type.label() + "件数");
    }
    h.add("不适用信用承诺件数");
    for (EndState state : EndState.values()) {
      h.add(state.label());
    }
    h.addAll(List.of("办理中", "践诺率(%)", "限期整改件数", "失信惩戒件数", "违背承诺纳入重点监管件数", "准予许可件数", "按时推送件数", "超期推送件数",
        "尚未推送件数", "推送及时率(%)",
        "许可信息应上报件数", "许可信息已上报件数", "许可信息上报率(%)", "许可信息推送件数", "许可信息被拒收件数", "许可信息合规率(%)",
        "许可信息及时率(%)", "处罚信息应上报件数", "处罚信息已上报件数", "处罚信息上报率(%)", "处罚信息推送件数", "处罚信息被拒收件数",
        "处罚信息合规率(%)", "处罚决定件数", "处罚信息按时推送件数", "处罚信息超期推送件数", "处罚信息尚未推送件数", "处罚信息及时率(%)",
        "校验位错误代码数", "重码数", "更正代码数", "信用修复申请件数", "异议件数", "2个工作日内答复异议件数",
        "已核查践诺件数", "未抽中（视为践诺）件数", "未践诺件数", "核查践诺率(%)", "应上报件数", "已上报件数", "上报率(%)",
        "推送件数", "被拒收件数", "合规率(%)", "申请人代码数", "错误代码数", "重错码率(每万)"));
    return h;
  }

  private static List<String> cells(Figures f) {
    List<String> c = new ArrayList<>();
    c.add(switch (f.level()) {
      case ITEM -> "事项";
      case DEPARTMENT -> "部门小计";
      case CATEGORY -> "承诺类别小计";
      case TOTAL -> "合计";
    });
    c.add(text(f.department()));
    c.add(text(f.departmentName()));
    c.add(text(f.itemCode()));
    c.add(text(f.itemName()));
    c.add(Long.toString(f.applications()));
    f.commitmentTypes().values().forEach(n -> c.add(Long.toString(n)));
    c.add(Long.toString(f.eligibilityRefusals()));
    f.endStates().values().forEach(n -> c.add(Long.toString(n)));
    c.add(Long.toString(f.running()));
    c.add(percent(f.fulfilmentRate()));
    c.add(Long.toString(f.rectifications()));
    c.add(Long.toString(f.punishments()));
    c.add(Long.toString(f.breaches()));
    c.add(Long.toString(f.push().approved()));
    c.add(Long.toString(f.push().inTime()));
    c.add(Long.toString(f.push().late()));
    c.add(Long.toString(f.push().notYetPushed()));
    c.add(percent(f.push().timeliness()));
    quality(c, f.licensing(), false);
    quality(c, f.penalty(), true);
    c.add(Long.toString(f.indicators().checkCharacterErrors()));
    c.add(Long.toString(f.indicators().duplicateCodes()));
    c.add(Long.toString(f.indicators().correctedCodes()));
    Figures.CreditServices s = f.creditServices();
    c.add(s == null ? "" : Long.toString(s.repairs()));
    c.add(s == null ? "" : Long.toString(s.objections()));
    c.add(s == null ? "" : Long.toString(s.objectionsAnsweredInTime()));
    c.add(Long.toString(f.inspectedFulfilled()));
    c.add(Long.toString(f.notDrawn()));
    c.add(Long.toString(f.unfulfilled()));
    c.add(rate(percent(f.inspectedFulfilmentRate())));
    Figures.Indicators i = f.indicators();
    c.add(Long.toString(i.reportsDue()));
    c.add(Long.toString(i.reported()));
    c.add(rate(percent(f.reportingRate())));
    c.add(Long.toString(i.pushesAttempted()));
    c.add(Long.toString(i.pushesRefused()));
    c.add(rate(percent(f.complianceRate())));
    c.add(Long.toString(i.codes()));
    c.add(Long.toString(i.codeErrors()));
    c.add(rate(f.codeErrorRate() == null ? "" : f.codeErrorRate().stripTrailingZeros().toPlainString()));
    return c;
  }

  /** 上报率, 合规率, 及时率 of one kind of data; for penalties with their decisions' timing (licences have it above). */
  private static void quality(List<String> c, Figures.DataQuality q, boolean timing) {
    c.add(Long.toString(q.due()));
    c.add(Long.toString(q.reported()));
    c.add(rate(percent(q.reportingRate())));
    c.add(Long.toString(q.pushed()));
    c.add(Long.toString(q.refused()));
    c.add(rate(percent(q.complianceRate())));
    if (timing) {
      c.add(Long.toString(q.decided()));
      c.add(Long.toString(q.inTime()));
      c.add(Long.toString(q.late()));
      c.add(Long.toString(q.notYetPushed()));
    }
    c.add(rate(percent(q.timeliness())));
  }

  /** The indicators of an empty period read "—" (nothing to measure), never 0 %. */
  private static String rate(String value) {
    return value.isEmpty() ? "—" : value;
  }

  /** 0.6667 → "66.67"; empty when there was nothing to divide by. */
  static String percent(BigDecimal ratio) {
    return ratio == null ? "" : ratio.movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /** Names come from the catalogue: a leading =, +, - or @ would be a formula in a spreadsheet. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quoted(cells.get(i)));
    }
    out.append("\r\n");
  }

  private static String quoted(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
