package org.creditcommitment.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cc.statistics.*}.
 *
 * @param pushWorkingDays a commitment record pushed to the credit platform within this many working days of
 *     the decision counts as pushed in time (7: 7个工作日内归集推送)
 */
@ConfigurationProperties("cc.statistics")
record StatisticsProperties(@DefaultValue("7") int pushWorkingDays) {

  StatisticsProperties {
    if (pushWorkingDays < 1) {
      throw new IllegalArgumentException("cc.statistics.push-working-days must be at least 1, was " + pushWorkingDays);
    }
  }
}
