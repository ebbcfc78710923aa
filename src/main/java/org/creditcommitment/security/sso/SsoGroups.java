package org.creditcommitment.security.sso;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.creditcommitment.security.Groups;

/**
 * Which of the groups a provider claims for an official are this product's: a claimed name (less the configured
 * prefix) counts only when the engine knows a group of that id, the role groups and the catalogue's department
 * groups that {@code GroupSetup} creates (and any an administrator adds). Anything else is ignored, so a provider's
 * own groups (e-mail lists, other systems' roles) grant nothing here. The portal's group is a machine client's and is
 * never taken from a person's sign-in.
 */
class SsoGroups {

  private final IdentityService identityService;
  private final String prefix;

  SsoGroups(IdentityService identityService, String prefix) {
    this.identityService = identityService;
    this.prefix = prefix;
  }

  List<String> known(Collection<?> claimed) {
    if (claimed == null) {
      return List.of();
    }
    return claimed.stream()
        .filter(String.class::isInstance).map(String.class::cast)
        .filter(name -> name.startsWith(prefix))
        .map(name -> name.substring(prefix.length()))
        .filter(id -> !id.isBlank() && !Groups.PORTAL.equals(id))
        .distinct()
        .filter(id -> identityService.createGroupQuery().groupId(id).count() > 0)
        .sorted()
        .toList();
  }
}
