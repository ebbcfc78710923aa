package org.creditcommitment.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.creditcommitment.deadline.DeadlineService;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark 2, the midnight burst: many deadlines pending, a block of them falling due at the same
 * instant, each correlated into its waiting process. All deadlines are scheduled far ahead through the
 * DeadlineService; then, in one statement, the burst's deadline rows are moved to one instant two
 * seconds ahead, as if midnight had come; the clustered Quartz sweep (every second) finds them. Lateness is the time from that instant until the
 * process instance the deadline correlated into has ended (committed). The baseline is a bare Quartz
 * scheduler with default settings on the same database: one trigger per job, the job inserts one row.
 */
public final class BurstBench {

  static final String PROCESS_KEY = "bench-burst";
  static final String KIND = "burst";

  /** What one burst measured. */
  public record Burst(int count, int done, double ratePerSecond, Stats lateness) {}

  private final ApplicationContext context;
  private final Report report;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final DeadlineService deadlines;
  private final RuntimeService runtime;

  public BurstBench(ApplicationContext context, Report report) {
    this.context = context;
    this.report = report;
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    this.deadlines = context.getBean(DeadlineService.class);
    this.runtime = context.getBean(RuntimeService.class);
  }

  public void pending(int count) {
    Instant far = Instant.now().plus(Duration.ofDays(30));
    batches(count, 500, i -> deadlines.schedule("bench-pending-" + i, "PENDING-" + i, "pending",
        far.plusSeconds(i), List.of()), "pending deadlines");
  }

  /** Waiting process instances, each with a deadline far ahead. */
  public void waiting(int count) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY).name("期限压测").camundaHistoryTimeToLive(180)
        .startEvent().intermediateCatchEvent("Wait_Deadline").message(DeadlineService.messageName(KIND))
        .endEvent().done();
    context.getBean(org.camunda.bpm.engine.RepositoryService.class).createDeployment().name(PROCESS_KEY)
        .addModelInstance(PROCESS_KEY + ".bpmn", model).enableDuplicateFiltering(true).deploy();
    Instant far = Instant.now().plus(Duration.ofDays(1));
    batches(count, 100, i -> {
      String key = "BURST-" + i;
      String pid = runtime.startProcessInstanceByKey(PROCESS_KEY, key).getId();
      deadlines.schedule(pid, key, KIND, far, List.of());
    }, "waiting processes with a deadline");
  }

  /** Midnight: every burst deadline falls due at once; waits until all are correlated. */
  public Burst ours(int count, int timeoutSeconds) throws Exception {
    Instant midnight = Instant.now().plusSeconds(2);
    Timestamp at = Timestamp.from(midnight);
    int moved = jdbc.update("UPDATE deadline SET due_at = ?, next_at = ? WHERE kind = ? AND status = 'SCHEDULED'", at,
        at, KIND);
    report.progress("burst: %d deadlines due at %s", moved, midnight);
    LongSupplier done = () -> jdbc.queryForObject(
        "SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = ? AND end_time_ IS NOT NULL", Long.class,
        PROCESS_KEY);
    waitFor(done, count, timeoutSeconds, "correlated");
    List<Long> ends = jdbc.queryForList("SELECT end_time_ FROM act_hi_procinst WHERE proc_def_key_ = ?"
        + " AND end_time_ IS NOT NULL", Timestamp.class, PROCESS_KEY).stream().map(Timestamp::getTime).toList();
    long correlated = jdbc.queryForObject("SELECT count(*) FROM deadline WHERE kind = ? AND outcome = 'CORRELATED'",
        Long.class, KIND);
    long failed = jdbc.queryForObject("SELECT count(*) FROM deadline WHERE kind = ? AND outcome <> 'CORRELATED'",
        Long.class, KIND);
    report.note("midnight burst", String.format("%d deadlines: %d CORRELATED, %d other outcomes, %d processes ended,"
        + " %d still waiting", count, correlated, failed, ends.size(),
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()));
    return burst(count, midnight, ends);
  }

  /** The same burst on a bare Quartz scheduler with default settings (threadCount 10, one trigger per acquisition). */
  public Burst bareQuartz(int count, int timeoutSeconds) throws Exception {
    jdbc.execute("CREATE TABLE IF NOT EXISTS bench_fired (id VARCHAR(100) PRIMARY KEY,"
        + " fired_at TIMESTAMP WITH TIME ZONE NOT NULL)");
    jdbc.execute("DELETE FROM bench_fired");
    QuartzProperties app = context.getBean(QuartzProperties.class);
    Properties properties = new Properties();
    properties.put("org.quartz.scheduler.instanceName", "bench-bare");
    properties.put("org.quartz.scheduler.instanceId", "AUTO");
    properties.put("org.quartz.scheduler.idleWaitTime", "1000");
    for (String same : List.of("org.quartz.jobStore.isClustered", "org.quartz.jobStore.driverDelegateClass")) {
      if (app.getProperties().containsKey(same)) {
        properties.put(same, app.getProperties().get(same));
      }
    }
    SchedulerFactoryBean factory = new SchedulerFactoryBean();
    SpringBeanJobFactory jobFactory = new SpringBeanJobFactory();
    jobFactory.setApplicationContext(context);
    factory.setQuartzProperties(properties);
    factory.setDataSource(context.getBean(DataSource.class));
    factory.setTransactionManager(context.getBean(PlatformTransactionManager.class));
    factory.setJobFactory(jobFactory);
    factory.setAutoStartup(false);
    factory.setWaitForJobsToCompleteOnShutdown(true);
    factory.afterPropertiesSet();
    Scheduler bare = factory.getScheduler();
    report.setting("baseline quartz", properties.toString() + ", threadCount 10 (default)");
    try {
      Map<JobDetail, java.util.Set<? extends Trigger>> jobs = new HashMap<>();
      java.util.Date far = java.util.Date.from(Instant.now().plus(Duration.ofDays(1)));
      for (int i = 0; i < count; i++) {
        JobDetail job = JobBuilder.newJob(BareQuartzJob.class).withIdentity("bare-" + i, "bench").build();
        jobs.put(job, java.util.Set.of(TriggerBuilder.newTrigger().withIdentity("bare-" + i, "bench").forJob(job)
            .startAt(far).withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
            .build()));
        if (jobs.size() == 1000 || i == count - 1) {
          bare.scheduleJobs(jobs, false);
          jobs.clear();
        }
      }
      bare.start();
      Instant midnight = Instant.now().plusSeconds(2);
      jdbc.update("UPDATE qrtz_triggers SET next_fire_time = ?, start_time = ? WHERE sched_name = 'bench-bare'",
          midnight.toEpochMilli(), midnight.toEpochMilli());
      report.progress("bare quartz: %d triggers due at %s", count, midnight);
      waitFor(() -> jdbc.queryForObject("SELECT count(*) FROM bench_fired", Long.class), count, timeoutSeconds,
          "fired");
      List<Long> fired = jdbc.queryForList("SELECT fired_at FROM bench_fired", Timestamp.class).stream()
          .map(Timestamp::getTime).toList();
      return burst(count, midnight, fired);
    } finally {
      factory.destroy();
    }
  }

  private static Burst burst(int count, Instant midnight, List<Long> doneAt) {
    List<Long> lateNanos = new ArrayList<>();
    long last = midnight.toEpochMilli();
    for (long t : doneAt) {
      lateNanos.add(Math.max(0, t - midnight.toEpochMilli()) * 1_000_000L);
      last = Math.max(last, t);
    }
    double seconds = Math.max(0.001, (last - midnight.toEpochMilli()) / 1000.0);
    return new Burst(count, doneAt.size(), doneAt.size() / seconds, Stats.ofNanos(lateNanos));
  }

  private void waitFor(LongSupplier done, int count, int timeoutSeconds, String what) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    long seen = 0;
    long lastReport = 0;
    while (System.nanoTime() < deadline) {
      seen = done.getAsLong();
      if (seen >= count) {
        return;
      }
      if (System.nanoTime() - lastReport > 5_000_000_000L) {
        report.progress("  %d of %d %s", seen, count, what);
        lastReport = System.nanoTime();
      }
      Thread.sleep(200);
    }
    report.progress("  timed out after %d s with %d of %d %s", timeoutSeconds, seen, count, what);
  }

  private void batches(int count, int size, java.util.function.IntConsumer one, String what) {
    long lastReport = System.nanoTime();
    for (int from = 0; from < count; from += size) {
      int start = from;
      transaction.executeWithoutResult(s -> {
        for (int i = start; i < Math.min(count, start + size); i++) {
          one.accept(i);
        }
      });
      if (System.nanoTime() - lastReport > 10_000_000_000L) {
        report.progress("  %d of %d %s", Math.min(count, from + size), count, what);
        lastReport = System.nanoTime();
      }
    }
  }
}
