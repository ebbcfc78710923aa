package org.creditcommitment.repair;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cc.repair.*}: the credit office's initial-review period
 * (2023年汕尾市社会信用体系建设工作要点（征求意见稿） (十四): 2 working days) and its reminder, how long
 * an applicant has to supply missing materials (not set by the policy documents), and how long a repair commitment
 * (信用修复型) stays public after the repair was granted (not set by the policy documents either).
 */
@ConfigurationProperties("cc.repair")
record RepairProperties(@DefaultValue("2WD") String reviewPeriod, @DefaultValue("1WD") String reviewReminder,
    @DefaultValue("5WD") String supplementPeriod, @DefaultValue("P1Y") Period commitmentValidity) {}
