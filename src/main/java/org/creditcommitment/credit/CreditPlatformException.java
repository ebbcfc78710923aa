package org.creditcommitment.credit;

/**
 * The credit platform could not be reached or gave no usable answer. Callers in processes let it
 * propagate: Camunda retries the job and then raises an incident, so the case waits instead of
 * going on with a made-up profile.
 */
public class CreditPlatformException extends RuntimeException {

  public CreditPlatformException(String message) {
    super(message);
  }

  public CreditPlatformException(String message, Throwable cause) {
    super(message, cause);
  }
}
