package org.creditcommitment.security;

import java.util.List;

/**
 * The caller of an /api request, as authenticated by {@link ApiAuthenticationFilter}. Controllers
 * take it as a method parameter.
 */
public record CurrentUser(String id, List<String> groups) {

  static final String ATTRIBUTE = CurrentUser.class.getName();
  /** Set by a login filter before {@link ApiAuthenticationFilter} that has already authenticated the caller. */
  public static final String SIGNED_IN_BY_TOKEN = CurrentUser.class.getName() + ".byToken";

  public boolean isIn(String group) {
    return groups.contains(group);
  }
}
