package org.creditcommitment.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.creditcommitment.system.Templates;

/**
 * Renders the commitment letter (信用承诺书, 义政数〔2020〕17号 "制定信用承诺书模板") from the item's
 * template or the general one, with the conditions, standards, consequences and this case's deadline dates.
 */
public final class LetterTemplate {

  /** Every placeholder a letter template may use; the catalogue refuses templates using others. */
  public static final Set<String> VARIABLES = Set.of("caseNo", "itemName", "itemCode", "departmentName",
      "commitmentType", "applicantName", "applicantCode", "conditions", "standards", "materials",
      "missingMaterialsClause", "inspectionPeriodText", "rectificationPeriodText", "signingPeriodText");

  private static final String GENERAL = load();

  /**
   * What a letter says about one case. Periods are stated, not dates: the letter is fixed before the
   * clock of any deadline starts, and its text must not change once shown. Missing materials apply to
   * 容缺受理 only.
   */
  public record Letter(String caseNo, ServiceItem item, String departmentName, CommitmentType type,
      String applicantName, String applicantCode, List<String> missingMaterials) {}

  private LetterTemplate() {}

  public static String render(Letter letter) {
    ServiceItem item = letter.item();
    String template = item.letterTemplate() == null || item.letterTemplate().isBlank() ? GENERAL : item.letterTemplate();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("caseNo", letter.caseNo());
    values.put("itemName", item.name());
    values.put("itemCode", item.code());
    values.put("departmentName", letter.departmentName());
    values.put("commitmentType", letter.type().label());
    values.put("applicantName", letter.applicantName());
    values.put("applicantCode", letter.applicantCode());
    values.put("conditions", item.conditions());
    values.put("standards", item.standards());
    values.put("materials", numbered(item.materials()));
    values.put("missingMaterialsClause", missingClause(letter));
    values.put("inspectionPeriodText", periodText(item.periods().inspection()));
    values.put("rectificationPeriodText", periodText(item.periods().rectification()));
    values.put("signingPeriodText", periodText(item.periods().signing()));
    return Templates.render(template, values);
  }

  private static String missingClause(Letter letter) {
    if (letter.type() != CommitmentType.TOLERATE_MISSING || letter.missingMaterials().isEmpty()) {
      return "";
    }
    return "容缺材料（承诺自作出行政决定之日起" + periodText(letter.item().periods().materials()) + "内补齐）：\n"
        + numbered(letter.missingMaterials()) + "\n";
  }

  /** "1. a\n2. b": how lists appear in letters and forms. */
  public static String numbered(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      text.append(i + 1).append(". ").append(lines.get(i)).append(i + 1 < lines.size() ? "\n" : "");
    }
    return text.toString();
  }

  /** "10WD" → "10个工作日", "0WD" → "当日", "P3M" → "3个月", "P15D" → "15日". */
  public static String periodText(String spec) {
    if (spec.equals("0WD")) {
      return "当日";
    }
    if (spec.endsWith("WD")) {
      return spec.substring(0, spec.length() - 2) + "个工作日";
    }
    if (spec.startsWith("PT")) {
      // short durations (test catalogues, e.g. PT20S) must not read "0小时"
      java.time.Duration duration = java.time.Duration.parse(spec);
      if (duration.toSecondsPart() != 0 && duration.toMinutes() == 0) {
        return duration.toSeconds() + "秒";
      }
      if (duration.toMinutesPart() != 0 || duration.toSecondsPart() != 0) {
        return Math.max(1, duration.toMinutes()) + "分钟";
      }
      return duration.toHours() + "小时";
    }
    java.time.Period period = java.time.Period.parse(spec);
    StringBuilder text = new StringBuilder();
    if (period.getYears() > 0) {
      text.append(period.getYears()).append("年");
    }
    if (period.getMonths() > 0) {
      text.append(period.getMonths()).append("个月");
    }
    if (period.getDays() > 0) {
      text.append(period.getDays()).append("日");
    }
    return text.toString();
  }

  private static String load() {
    try (InputStream in = LetterTemplate.class.getResourceAsStream("/catalogue/letter-template.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
