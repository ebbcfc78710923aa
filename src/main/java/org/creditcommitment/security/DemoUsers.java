package org.creditcommitment.security;

import java.util.Map;

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

  /** Demo officials carry a person's name, as real ones do: screens show who acted, not a login id. */
  static final Map<String, String> NAMES = Map.of(
      Groups.CLERK, "张敏",
      Groups.APPROVER, "王建国",
      Groups.LEADER, "李志强",
      Groups.INSPECTOR, "刘洋",
      Groups.PROVIDER, "陈静",
      Groups.CREDIT_OFFICE, "赵磊",
      Groups.AUDITOR, "孙丽",
      Groups.PORTAL, "网上办事大厅");
  /** The first name demo users had before they were given names; such users are renamed at start. */
  private static final String OLD_FIRST_NAME = "演示";

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void createUsers() {
    for (String group : Groups.DEMO_ORDER) {
      User user = identityService.createUserQuery().userId(group).singleResult();
      if (user == null) {
        user = identityService.newUser(group);
        name(user, group);
        user.setEmail(group + DEMO_EMAIL_DOMAIN);
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(group, group);
      } else if (OLD_FIRST_NAME.equals(user.getFirstName())) {
        name(user, group);
        identityService.saveUser(user);
      }
    }
  }

  private static void name(User user, String group) {
    // Camunda shows "first last": the whole Chinese name goes first, the role after it
    user.setFirstName(NAMES.get(group));
    user.setLastName(Groups.ROLES.get(group));
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
