package org.creditcommitment.supervision;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Credit-based supervision (汕府办函〔2021〕17号 六/七/九, 2023年汕尾市社会信用体系建设工作要点（征求意见稿）
 * 一/六, 普政数局〔2022〕25号 二/三): how many cases of each grade are inspected and how soon, the red list's
 * green channel, and the risk-warning rules.
 *
 * @param inspectionTiers by grade: the share of cases drawn for follow-up inspection and the period within
 *     which the inspection is due where shorter than the item's own (blank = the item's); grades not listed use
 *     {@code defaultTier}
 */
@ConfigurationProperties("cc.supervision")
public record SupervisionProperties(Map<String, Tier> inspectionTiers, Tier defaultTier, GreenChannel greenChannel,
    RiskWarning riskWarning, KeySupervision keySupervision) {

  public record Tier(double share, String within) {}

  /** 绿色通道 (red list, grade AAA): the decision period its applicants get when it is shorter than the item's. */
  public record GreenChannel(String decisionPeriod) {}

  /**
   * 信用风险监测预警: within {@code window}, {@code repeatInDomain} or more records in one domain, or records in
   * {@code acrossDomains} or more domains, raise a warning.
   */
  public record RiskWarning(String window, int repeatInDomain, int acrossDomains, String cron) {}

  /**
   * 重点监管 (汕府办函〔2021〕17号 (一)): a subject that broke a commitment is listed for {@code period}, and while
   * listed at least {@code inspectionShare} of its cases are drawn for inspection, or the share its grade has in
   * {@code inspectionShares} (for example a listed AAA subject raised from 30 % to 60 %).
   */
  public record KeySupervision(String period, double inspectionShare, Map<String, Double> inspectionShares,
      Measure measure) {

    public KeySupervision {
      measure = measure == null ? Measure.UNSET : measure;
    }

    /** The share at least drawn of a listed subject's cases of this grade. */
    public double shareFor(String grade) {
      return inspectionShares == null || grade == null ? inspectionShare
          : inspectionShares.getOrDefault(grade, inspectionShare);
    }
  }

  /**
   * 列为重点监管对象 as a punishment measure: the approver sets the months (the form's {@code supervisionMonths}, at most
   * {@link #FORM_MAX_MONTHS}); left empty, {@code defaultMonths}; more than {@code maxMonths} is refused. The policy
   * sets no period, so each installation sets its own.
   */
  public record Measure(Integer defaultMonths, Integer maxMonths) {

    /** The decide-punishment form's own ceiling: a configured maximum above it could never be entered. */
    public static final int FORM_MAX_MONTHS = 60;

    static final Measure UNSET = new Measure(null, null);

    public Measure {
      defaultMonths = defaultMonths == null ? 12 : defaultMonths;
      maxMonths = maxMonths == null ? 36 : maxMonths;
      if (maxMonths < 1 || maxMonths > FORM_MAX_MONTHS || defaultMonths < 1 || defaultMonths > maxMonths) {
        throw new IllegalArgumentException("cc.supervision.key-supervision.measure: max-months must be 1 to "
            + FORM_MAX_MONTHS + " and default-months 1 to max-months, not " + defaultMonths + " / " + maxMonths);
      }
    }
  }

  public Tier tierFor(String grade) {
    return inspectionTiers.getOrDefault(grade, defaultTier);
  }
}
