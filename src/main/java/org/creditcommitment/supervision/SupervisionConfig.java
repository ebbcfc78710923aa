package org.creditcommitment.supervision;

import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.TimeZone;

/**
 * The daily risk scan as a durable Quartz job: clustered, so exactly one node runs it; Spring Boot
 * registers the JobDetail and Trigger beans and replaces them when the cron changes.
 */
@Configuration
@EnableConfigurationProperties(SupervisionProperties.class)
class SupervisionConfig {

  @Bean
  JobDetail riskWarningScanJob() {
    return JobBuilder.newJob(RiskWarningScanJob.class).withIdentity("risk-warning-scan", "supervision")
        .storeDurably().requestRecovery().build();
  }

  @Bean
  Trigger riskWarningScanTrigger(JobDetail riskWarningScanJob, SupervisionProperties properties) {
    return TriggerBuilder.newTrigger().forJob(riskWarningScanJob).withIdentity("risk-warning-scan", "supervision")
        .withSchedule(CronScheduleBuilder.cronSchedule(properties.riskWarning().cron())
            .inTimeZone(TimeZone.getTimeZone("Asia/Shanghai")).withMisfireHandlingInstructionFireAndProceed())
        .build();
  }

  /** Quartz creates it through Spring, which injects the service by constructor (a setter is not autowired). */
  static class RiskWarningScanJob implements Job {

    private final RiskWarnings riskWarnings;

    RiskWarningScanJob(RiskWarnings riskWarnings) {
      this.riskWarnings = riskWarnings;
    }

    @Override
    public void execute(JobExecutionContext context) {
      riskWarnings.scan();
    }
  }
}
