package org.creditcommitment.objection;

import java.util.Optional;
import java.util.TimeZone;

import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.deadline.ReminderRecipients;
import org.creditcommitment.security.DemoUsers;
import org.creditcommitment.security.GroupSetup;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

@Configuration
class ObjectionConfig {

  static final String ANSWER_DEADLINE = "objectionAnswer";

  /** The group the answer task is offered to (the record's unit's, or the credit office) is reminded before it falls due. */
  @Bean
  DeadlineKind objectionAnswerDeadlineKind(ObjectionRouting routing) {
    return new DeadlineKind(ANSWER_DEADLINE, "异议答复期限",
        "setting cc.objection.answer-period, reminded cc.objection.answer-reminder before (ObjectionPeriods)",
        ReminderRecipients.officersOfTheCase("the group the answer task is offered to (cc.objection.provider-groups)",
            no -> Optional.of(routing.answerGroup(no)), "核实并答复信用异议"));
  }

  /**
   * The groups of the units named in cc.objection.provider-groups exist before an objection is offered to them
   * (after GroupSetup and DemoUsers; the demo provider joins each, as the demo approver joins each department).
   */
  @EventListener(ApplicationStartedEvent.class)
  @Order(15)
  void ensureProviderGroups(ApplicationStartedEvent event) {
    GroupSetup groupSetup = event.getApplicationContext().getBean(GroupSetup.class);
    ObjectProvider<DemoUsers> demoUsers = event.getApplicationContext().getBeanProvider(DemoUsers.class);
    ObjectionRouting routing = event.getApplicationContext().getBean(ObjectionRouting.class);
    routing.configured().forEach((unit, group) -> {
      groupSetup.ensureGroup(group, Groups.ROLES.get(Groups.PROVIDER) + "（" + unit + "）");
      demoUsers.ifAvailable(demo -> demo.joinDemoUser(Groups.PROVIDER, group));
    });
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
