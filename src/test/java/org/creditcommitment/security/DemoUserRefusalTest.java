package org.creditcommitment.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The prod profile refuses a database that still holds demo users (they share a known password). */
class DemoUserRefusalTest extends IntegrationTest {

  @Test
  void prodRefusesToStartOnADatabaseWithDemoUsers() {
    DemoUserRefusal refusal = new DemoUserRefusal(processEngine.getIdentityService());
    assertThatThrownBy(refusal::refuseDemoUsers).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Refusing to start with profile 'prod'").hasMessageContaining("demo user");
  }
}
