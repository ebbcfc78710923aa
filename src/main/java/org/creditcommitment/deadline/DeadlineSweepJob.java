package org.creditcommitment.deadline;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job that sweeps for due deadlines. One at a time across the cluster: the row locks would
 * keep two sweeps from doubling anything, but they would only wait for each other.
 */
@DisallowConcurrentExecution
class DeadlineSweepJob implements Job {

  private final DeadlineSweep sweep;

  DeadlineSweepJob(DeadlineSweep sweep) {
    this.sweep = sweep;
  }

  @Override
  public void execute(JobExecutionContext context) {
    sweep.sweep();
  }
}
