package org.creditcommitment.report.yearly;

import java.util.TimeZone;

import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.deadline.ReminderRecipients;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.ClockConfig;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The December sweep as a durable Quartz job (clustered: one node runs it at a time), and the filing deadline's kind.
 */
@Configuration
class YearlyReportConfig {

  @Bean
  JobDetail yearlyReportJob() {
    return JobBuilder.newJob(DecemberReportJob.class).withIdentity("yearly-report", "report")
        .withDescription("年度报告：每年12月自动生成本年度信用承诺工作年度报告").storeDurably().requestRecovery().build();
  }

  @Bean
  Trigger yearlyReportTrigger(JobDetail yearlyReportJob, YearlyReportProperties properties) {
    return TriggerBuilder.newTrigger().forJob(yearlyReportJob).withIdentity("yearly-report", "report")
        .withSchedule(CronScheduleBuilder.cronSchedule(properties.sweepCron())
            .inTimeZone(TimeZone.getTimeZone(ClockConfig.ZONE)).withMisfireHandlingInstructionFireAndProceed())
        .build();
  }

  /**
   * 年度报告报送期限 (普政数局〔2022〕25号 三（三）: 于每年12月底报): opened with the year's first report, due at 24:00 of
   * 12月31日, ended by the filing. No process waits for it, so the credit office is reminded a week ahead and on the
   * last morning, and told (督办) from here when it passes unfiled.
   */
  @Bean
  DeadlineKind yearlyReportFilingDeadlineKind() {
    ReminderRecipients office = ReminderRecipients.officers(Groups.CREDIT_OFFICE, "报送信用承诺工作年度报告");
    return new DeadlineKind(YearlyReports.FILING_KIND, "年度报告报送期限",
        "24:00 of 31 December of the report's year (普政数局〔2022〕25号 三（三）), opened with the year's first report;"
            + " reminders 7 days and 1 day before at 09:00; met when a report of the year is filed",
        office, office);
  }

  /** Quartz creates it through Spring, which injects the sweep by constructor. */
  static class DecemberReportJob implements Job {

    private final DecemberReport sweep;

    DecemberReportJob(DecemberReport sweep) {
      this.sweep = sweep;
    }

    @Override
    public void execute(JobExecutionContext context) {
      sweep.sweep();
    }
  }
}
