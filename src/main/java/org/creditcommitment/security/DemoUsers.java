package org.creditcommitment.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.stereotype.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;

/**
 * Demo mode only: one user per role group, named after the group, all with the demo password, and
 * a banner that nobody can miss. Demo users carry an @demo.local e-mail so that the prod profile
 * can recognise and refuse them.
 */
@Component
@ConditionalOnProperty(name = "cc.demo.enabled", havingValue = "true")
public class DemoUsers {

  public static final String DEMO_EMAIL_DOMAIN = "@demo.local";
  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;
  private final String password;

  DemoUsers(IdentityService identityService, @Value("${cc.demo.password}") String password) {
    this.identityService = identityService;
    this.password = password;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void createUsers() {
    for (String group : Groups.DEMO_ORDER) {
      User user = identityService.createUserQuery().userId(group).singleResult();
      if (user == null) {
        user = identityService.newUser(group);
        user.setFirstName("演示");
        user.setLastName(Groups.ROLES.get(group));
        user.setEmail(group + DEMO_EMAIL_DOMAIN);
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(group, group);
      }
    }
  }

  /** Demo users also join department groups (approver-scjg and the like) as the catalogue adds them. */
  public void joinDemoUser(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0
        && identityService.createUserQuery().userId(userId).count() == 1) {
      identityService.createMembership(userId, groupId);
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  public void banner(ApplicationReadyEvent event) {
    String line = "!".repeat(78);
    StringBuilder text = new StringBuilder("\n").append(line).append('\n')
        .append("!!  DEMO MODE / 演示模式 — demo users with a shared password. NOT FOR PRODUCTION.\n")
        .append("!!  Use the profile 'prod' (and 'postgres') for real use: it refuses demo users.\n")
        .append("!!  Password for every user below: ").append(password)
        .append(password.equals("demo") ? "   (set DEMO_PASSWORD to change it)" : "").append('\n');
    text.append("!!    admin          (camunda-admin)\n");
    for (String group : Groups.DEMO_ORDER) {
      text.append(String.format("!!    %-14s (%s, %s)%n", group, group, Groups.ROLES.get(group)));
    }
    text.append("!!  Tasklist/Cockpit/Admin: http://localhost:").append(event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080"))
        .append("/camunda/app/\n").append(line);
    log.warn(text.toString());
  }
}
