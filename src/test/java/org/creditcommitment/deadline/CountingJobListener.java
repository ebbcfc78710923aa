package org.creditcommitment.deadline;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.SchedulerException;

/** Counts how often Quartz really ran each deadline's due trigger, on every scheduler it is added to. */
final class CountingJobListener implements JobListener {

  private final String name = "counting-" + System.nanoTime();
  private final Map<JobKey, AtomicInteger> dueExecutions = new ConcurrentHashMap<>();
  private final Set<String> schedulerInstances = ConcurrentHashMap.newKeySet();

  @Override
  public String getName() {
    return name;
  }

  @Override
  public void jobToBeExecuted(JobExecutionContext context) {}

  @Override
  public void jobExecutionVetoed(JobExecutionContext context) {}

  @Override
  public void jobWasExecuted(JobExecutionContext context, JobExecutionException jobException) {
    if (DeadlineJob.FIRE.equals(context.getMergedJobDataMap().getString(DeadlineJob.ACTION))) {
      dueExecutions.computeIfAbsent(context.getJobDetail().getKey(), k -> new AtomicInteger()).incrementAndGet();
      try {
        schedulerInstances.add(context.getScheduler().getSchedulerInstanceId());
      } catch (SchedulerException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  int executions(JobKey job) {
    AtomicInteger count = dueExecutions.get(job);
    return count == null ? 0 : count.get();
  }

  int total() {
    return dueExecutions.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  Map<JobKey, AtomicInteger> all() {
    return dueExecutions;
  }

  Set<String> schedulerInstances() {
    return schedulerInstances;
  }
}
