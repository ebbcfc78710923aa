package org.creditcommitment.objection;

import java.util.TimeZone;

import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.deadline.ReminderRecipients;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.ClockConfig;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ObjectionConfig {

  static final String ANSWER_DEADLINE = "objectionAnswer";

  /** The data providers are reminded before an objection answer falls due. */
  @Bean
  DeadlineKind objectionAnswerDeadlineKind() {
    return new DeadlineKind(ANSWER_DEADLINE, "异议答复期限",
        "setting cc.objection.answer-period, reminded cc.objection.answer-reminder before (ObjectionPeriods)",
        ReminderRecipients.officers(Groups.PROVIDER, "核实并答复信用异议"));
  }

  /** Durable and clustered: one node takes back the marks of objections that were never filed. */
  @Bean
  JobDetail objectionMarkReconciliationJob() {
    return JobBuilder.newJob(MarkReconciliationJob.class).withIdentity("objection-mark-reconciliation", "objection")
        .withDescription("撤回未能受理的异议在信用平台上的标注").storeDurably().requestRecovery().build();
  }

  @Bean
  Trigger objectionMarkReconciliationTrigger(JobDetail objectionMarkReconciliationJob,
      ObjectionProperties properties) {
    return TriggerBuilder.newTrigger().forJob(objectionMarkReconciliationJob)
        .withIdentity("objection-mark-reconciliation", "objection")
        .withSchedule(CronScheduleBuilder.cronSchedule(properties.markReconciliationCron())
            .inTimeZone(TimeZone.getTimeZone(ClockConfig.ZONE)).withMisfireHandlingInstructionFireAndProceed())
        .build();
  }

  /**
   * Quartz creates it through Spring, which injects the service by constructor (a setter is not autowired: the job
   * would run with none); one run at a time in the cluster.
   */
  @DisallowConcurrentExecution
  static class MarkReconciliationJob implements Job {

    private final PendingObjectionMarks pendingObjectionMarks;

    MarkReconciliationJob(PendingObjectionMarks pendingObjectionMarks) {
      this.pendingObjectionMarks = pendingObjectionMarks;
    }

    @Override
    public void execute(JobExecutionContext context) {
      pendingObjectionMarks.reconcile();
    }
  }
}
