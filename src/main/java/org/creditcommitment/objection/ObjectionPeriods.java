package org.creditcommitment.objection;

import org.springframework.stereotype.Component;

/**
 * The answer deadline's period and reminder, read from the settings when the answer task starts (BPMN:
 * {@code ${objectionPeriods.answer()}}, {@code ${objectionPeriods.answerReminder()}}), so the process keeps no copy.
 */
@Component("objectionPeriods")
public class ObjectionPeriods {

  private final ObjectionProperties properties;

  ObjectionPeriods(ObjectionProperties properties) {
    this.properties = properties;
  }

  public String answer() {
    return properties.answerPeriod();
  }

  public String answerReminder() {
    return properties.answerReminder();
  }
}
