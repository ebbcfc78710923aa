package org.creditcommitment.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls without the caller's engine authorization checks, for product API operations whose
 * access was already decided by {@link AllowedGroups} (an applicant's portal account starting a case or
 * correlating "signed" needs no Camunda process-definition permissions).
 */
public final class SystemCall {

  private SystemCall() {}

  public static <T> T run(IdentityService identity, Supplier<T> call) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return call.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
