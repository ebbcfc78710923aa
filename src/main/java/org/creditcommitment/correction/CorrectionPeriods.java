package org.creditcommitment.correction;

import org.springframework.stereotype.Component;

/** The confirmation deadline's period and reminder, read from the settings when the wait starts (BPMN expressions). */
@Component("correctionPeriods")
public class CorrectionPeriods {

  private final CorrectionProperties properties;

  CorrectionPeriods(CorrectionProperties properties) {
    this.properties = properties;
  }

  public String confirmation() {
    return properties.confirmationPeriod();
  }

  public String confirmationReminder() {
    return properties.confirmationReminder();
  }
}
