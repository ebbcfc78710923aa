package org.creditcommitment.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.creditcommitment.CreditCommitmentApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile is refused before any bean (or database) is touched. */
class ProdSafetyCheckTest {

  private static final String STRONG_DB = "--spring.datasource.password=a-strong-db-secret";
  private static final String STRONG_ADMIN = "--camunda.bpm.admin-user.password=Kx7-moat-Lantern-91";

  /** Arguments, as an operator would pass them: they outrank application-prod.yaml. */
  private static void startProd(String... args) {
    new SpringApplicationBuilder(CreditCommitmentApplication.class).profiles("prod")
        .properties("spring.datasource.url=jdbc:h2:mem:prod-refusal", "server.port=0")
        .run(args);
  }

  @Test
  void prodRefusesTheDefaultAdminPassword() {
    assertThatThrownBy(() -> startProd("--camunda.bpm.admin-user.password=demo", STRONG_DB))
        .hasStackTraceContaining("Refusing to start with profile 'prod'")
        .hasStackTraceContaining("camunda.bpm.admin-user.password is a default");
  }

  @Test
  void prodRefusesAnAdminPasswordMissingFromTheEnvironment() {
    assertThatThrownBy(() -> startProd(STRONG_DB))
        .hasStackTraceContaining("camunda.bpm.admin-user.password is not set")
        .hasStackTraceContaining("ADMIN_PASSWORD");
  }

  @Test
  void prodRefusesAnAdminPasswordOutsideTheOfficialsPasswordPolicy() {
    assertThatThrownBy(() -> startProd("--camunda.bpm.admin-user.password=averylongsecretphrase", STRONG_DB))
        .hasStackTraceContaining("does not meet the officials' password policy")
        .hasStackTraceContaining("PASSWORD_POLICY_CHARACTER_CLASSES");
  }

  @Test
  void prodRefusesDemoMode() {
    assertThatThrownBy(() -> startProd(STRONG_ADMIN, STRONG_DB, "--cc.demo.enabled=true"))
        .hasStackTraceContaining("demo users are not allowed");
  }

  @Test
  void prodRefusesADefaultDatabasePassword() {
    assertThatThrownBy(() -> startProd(STRONG_ADMIN, "--spring.datasource.password=sa"))
        .hasStackTraceContaining("spring.datasource.password is a default");
  }

  @Test
  void prodRefusesToStartWithoutThePublicAddressItPrintsOnDocuments() {
    assertThatThrownBy(() -> startProd(STRONG_ADMIN, STRONG_DB))
        .hasStackTraceContaining("cc.public-base-url is not set")
        .hasStackTraceContaining("PUBLIC_BASE_URL");
  }
}
