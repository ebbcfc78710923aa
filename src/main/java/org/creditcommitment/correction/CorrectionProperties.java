package org.creditcommitment.correction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param confirmationPeriod how long the credit office has to confirm or refuse a provider's correction (2023年汕尾市社会信用
 *     体系建设工作要点（征求意见稿） 一（二）: 2个工作日)
 * @param confirmationReminder how long before it passes the credit office is reminded
 */
@ConfigurationProperties("cc.provider-correction")
record CorrectionProperties(@DefaultValue("2WD") String confirmationPeriod,
    @DefaultValue("1WD") String confirmationReminder) {}
