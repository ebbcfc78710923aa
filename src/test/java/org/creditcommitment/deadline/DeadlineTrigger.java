package org.creditcommitment.deadline;

import org.springframework.stereotype.Component;

/** Lets tests of other features fire a deadline now, as Quartz does when it falls due. */
@Component
public class DeadlineTrigger {

  private final DeadlineFiring firing;

  DeadlineTrigger(DeadlineFiring firing) {
    this.firing = firing;
  }

  public void fire(String deadlineId) {
    firing.fire(deadlineId);
  }
}
