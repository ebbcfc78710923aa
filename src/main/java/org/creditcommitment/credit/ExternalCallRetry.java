package org.creditcommitment.credit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The retry cycle of every call to the credit platform (BPMN: ${externalCallRetry.cycle}); when it runs
 * out the case waits with an incident until an operator retries it in Cockpit.
 */
@Component("externalCallRetry")
public class ExternalCallRetry {

  private final String cycle;

  ExternalCallRetry(@Value("${cc.external-calls.retry-cycle}") String cycle) {
    this.cycle = cycle;
  }

  public String getCycle() {
    return cycle;
  }
}
