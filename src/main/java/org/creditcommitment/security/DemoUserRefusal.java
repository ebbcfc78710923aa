package org.creditcommitment.security;

import jakarta.annotation.PostConstruct;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** With the prod profile, a database that still holds demo users is refused (they share a known password). */
@Component
@Profile("prod")
class DemoUserRefusal {

  private final IdentityService identityService;

  DemoUserRefusal(IdentityService identityService) {
    this.identityService = identityService;
  }

  @PostConstruct
  void refuseDemoUsers() {
    for (User user : identityService.createUserQuery().list()) {
      if (user.getEmail() != null && user.getEmail().endsWith(DemoUsers.DEMO_EMAIL_DOMAIN)) {
        throw new IllegalStateException("Refusing to start with profile 'prod': demo user '" + user.getId()
            + "' exists in this database; delete the demo users first");
      }
    }
  }
}
