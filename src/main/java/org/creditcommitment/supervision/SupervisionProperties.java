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
  public record KeySupervision(String period, double inspectionShare, Map<String, Double> inspectionShares) {

    /** The share at least drawn of a listed subject's cases of this grade. */
    public double shareFor(String grade) {
      return inspectionShares == null || grade == null ? inspectionShare
          : inspectionShares.getOrDefault(grade, inspectionShare);
    }
  }

  public Tier tierFor(String grade) {
    return inspectionTiers.getOrDefault(grade, defaultTier);
  }
}
