package org.creditcommitment.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A stranger's wrong guess does not lock the user out: the engine's delay per user (ENGINE-27001) is off, so the
 * right password works at once, for the single portal account as for any official. Guessing is braked per address
 * (LoginThrottleTest).
 */
class LoginLockoutTest extends IntegrationTest {

  @Test
  void aStrangersWrongGuessesDoNotLockTheUserOut() {
    for (int i = 0; i < 3; i++) {
      assertThat(http.get("/api/me", "portal", "a-wrong-guess").statusCode()).isEqualTo(401);
    }

    assertThat(http.get("/api/me", "portal").statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/user/portal/profile", "portal").statusCode()).isEqualTo(200);
  }
}
