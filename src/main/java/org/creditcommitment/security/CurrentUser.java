package org.creditcommitment.security;

import java.util.List;

/**
 * The caller of an /api request, as authenticated by {@link ApiAuthenticationFilter}. Controllers
 * take it as a method parameter.
 */
public record CurrentUser(String id, List<String> groups) {

  static final String ATTRIBUTE = CurrentUser.class.getName();

  public boolean isIn(String group) {
    return groups.contains(group);
  }
}
