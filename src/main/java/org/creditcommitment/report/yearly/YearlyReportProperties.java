package org.creditcommitment.report.yearly;

import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cc.yearly-report.*}.
 *
 * @param officeCode the credit office's 统一社会信用代码: the report is the office's own, issued in its name (and shown
 *     in full on the verification page, as an organisation's)
 * @param automaticDay the day of December from which the sweep issues the year's report for the year to date, leaving
 *     the rest of the month to read it and file it by 12月31日
 * @param sweepCron when the sweep looks (Quartz cron, Beijing time); it issues at most one automatic report a year
 */
@ConfigurationProperties("cc.yearly-report")
record YearlyReportProperties(
    @DefaultValue("11445281MB2C00070H") String officeCode,
    @DefaultValue("20") int automaticDay,
    @DefaultValue("0 0 2 * * ?") String sweepCron) {

  YearlyReportProperties {
    // a mistyped code would read as a person's and the verification page would mask the office's name
    if (!SubjectCode.isValid(officeCode) || SubjectCode.parse(officeCode).type() != SubjectType.LEGAL) {
      throw new IllegalArgumentException("cc.yearly-report.office-code must be the credit office's 统一社会信用代码,"
          + " check character included: " + officeCode);
    }
    if (automaticDay < 1 || automaticDay > 31) {
      throw new IllegalArgumentException("cc.yearly-report.automatic-day must be a day of December (1–31)");
    }
  }
}
