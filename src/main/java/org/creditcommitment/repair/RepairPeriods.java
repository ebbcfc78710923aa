package org.creditcommitment.repair;

import org.springframework.stereotype.Component;

/**
 * The review and supplement deadlines' periods, read from the settings when their step starts (BPMN:
 * {@code ${repairPeriods.review()}}, {@code ${repairPeriods.reviewReminder()}}, {@code ${repairPeriods.supplement()}}),
 * so the process keeps no copy.
 */
@Component("repairPeriods")
public class RepairPeriods {

  private final RepairProperties properties;

  RepairPeriods(RepairProperties properties) {
    this.properties = properties;
  }

  public String review() {
    return properties.reviewPeriod();
  }

  public String reviewReminder() {
    return properties.reviewReminder();
  }

  public String supplement() {
    return properties.supplementPeriod();
  }
}
