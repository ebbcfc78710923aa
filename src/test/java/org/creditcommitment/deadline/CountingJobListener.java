package org.creditcommitment.deadline;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.SchedulerException;

/** Counts how often Quartz really ran the deadline sweep, and on which scheduler instances. */
final class CountingJobListener implements JobListener {

  private final String name = "counting-" + System.nanoTime();
  private final AtomicInteger sweeps = new AtomicInteger();
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
    if (DeadlineSweepScheduling.JOB.equals(context.getJobDetail().getKey())) {
      sweeps.incrementAndGet();
      try {
        schedulerInstances.add(context.getScheduler().getSchedulerInstanceId());
      } catch (SchedulerException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  int sweeps() {
    return sweeps.get();
  }

  Set<String> schedulerInstances() {
    return schedulerInstances;
  }
}
