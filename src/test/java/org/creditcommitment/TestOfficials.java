package org.creditcommitment;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Officials a test needs beyond the demo users, with the demo password; made once per JVM. */
public final class TestOfficials {

  private TestOfficials() {}

  public static void ensure(IdentityService identity, String id, String... groups) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setPassword(TestHttp.DEMO_PASSWORD);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
  }
}
