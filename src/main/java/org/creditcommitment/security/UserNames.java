package org.creditcommitment.security;

import org.camunda.bpm.engine.identity.User;

/** How officials are named on screens: as the Camunda webapps show them ("first last"), the login id when unknown. */
public final class UserNames {

  private UserNames() {}

  public static String display(User user, String fallback) {
    if (user == null) {
      return fallback;
    }
    String first = user.getFirstName() == null ? "" : user.getFirstName().trim();
    String last = user.getLastName() == null ? "" : user.getLastName().trim();
    String name = (first + " " + last).trim();
    return name.isEmpty() ? fallback : name;
  }
}
