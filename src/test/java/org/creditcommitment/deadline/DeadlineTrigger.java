package org.creditcommitment.deadline;

import java.util.List;

import org.springframework.stereotype.Component;

/** Lets tests of other features fire a deadline now, as Quartz does when it falls due. */
@Component
public class DeadlineTrigger {

  private final DeadlineFiring firing;
  private final DeadlineSweep sweep;

  DeadlineTrigger(DeadlineFiring firing, DeadlineSweep sweep) {
    this.firing = firing;
    this.sweep = sweep;
  }

  /** Sweeps at the clock's instant as Quartz does, limited to these process instances (tests share one database). */
  public int sweep(String... processInstanceIds) {
    return sweep.sweep(List.of(processInstanceIds));
  }

  public void fire(String deadlineId) {
    firing.fire(deadlineId);
  }
}
