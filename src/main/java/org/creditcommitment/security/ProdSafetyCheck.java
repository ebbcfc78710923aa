package org.creditcommitment.security;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The "prod" profile refuses to start, before touching any database, when demo mode is on, a
 * password is missing or a well-known default, or the public address is not set (every printed document's QR code
 * and every mail link would name this server's local address). Registered in META-INF/spring.factories.
 */
public class ProdSafetyCheck implements EnvironmentPostProcessor {

  static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "password", "123456", "12345678", "changeit",
      "camunda", "secret", "sa", "postgres");
  static final int MIN_LENGTH = 12;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (!env.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    if (env.getProperty("cc.demo.enabled", Boolean.class, false)) {
      refuse("cc.demo.enabled is true: demo users are not allowed with the prod profile");
    }
    checkSecret(env, "camunda.bpm.admin-user.password", "ADMIN_PASSWORD");
    checkAdminPasswordPolicy(env);
    checkSecret(env, "spring.datasource.password", "DB_PASSWORD");
    String publicBaseUrl = env.getProperty("cc.public-base-url", "");
    if (!publicBaseUrl.matches("https?://\\S+")) {
      refuse("cc.public-base-url is not set: provide where the public reaches this system (printed on every document,"
          + " linked from mails) with the environment variable PUBLIC_BASE_URL, e.g. https://zwfw.example.gov.cn");
    }
  }

  private static void checkSecret(ConfigurableEnvironment env, String property, String variable) {
    String value;
    try {
      value = env.getProperty(property);
    } catch (IllegalArgumentException unresolved) {
      value = null;
    }
    if (value == null || value.isBlank()) {
      refuse(property + " is not set: provide it with the environment variable " + variable);
    }
    if (WELL_KNOWN.contains(value.toLowerCase()) || value.length() < MIN_LENGTH) {
      refuse(property + " is a default or too short (fewer than " + MIN_LENGTH + " characters); set a strong "
          + variable);
    }
  }

  /**
   * The engine applies the officials' password policy when it creates the administrator, too: a weaker
   * ADMIN_PASSWORD would stop the start later with the engine's bare "Password does not match policy".
   */
  private static void checkAdminPasswordPolicy(ConfigurableEnvironment env) {
    UserEntity admin = new UserEntity(env.getProperty("camunda.bpm.admin-user.id", "admin"));
    admin.setFirstName(env.getProperty("camunda.bpm.admin-user.first-name"));
    admin.setLastName(env.getProperty("camunda.bpm.admin-user.last-name"));
    admin.setEmail(env.getProperty("camunda.bpm.admin-user.email"));
    List<String> broken = OfficialPasswordPolicy.shipped().violations(env.getProperty("camunda.bpm.admin-user.password"),
        admin);
    if (!broken.isEmpty()) {
      refuse("camunda.bpm.admin-user.password does not meet the officials' password policy " + broken + ": set an"
          + " ADMIN_PASSWORD of at least " + OfficialPasswordPolicy.MIN_LENGTH + " characters of at least "
          + OfficialPasswordPolicy.MIN_CLASSES + " kinds (upper case, lower case, digits, other), without the user's"
          + " id or names, not a common password");
    }
  }

  private static void refuse(String reason) {
    throw new IllegalStateException("Refusing to start with profile 'prod': " + reason);
  }

}
