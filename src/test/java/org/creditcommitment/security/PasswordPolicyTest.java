package org.creditcommitment.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the password policy on (as the prod profile has it, application-prod.yaml; ProdHardeningTest reads it there),
 * an official cannot set a weak password on their own account through /engine-rest: 400 problem+json, the password
 * unchanged. Demo mode keeps the policy off (demo users share "demo").
 */
class PasswordPolicyTest extends IntegrationTest {

  private final String userId = "pw-" + System.nanoTime();
  private ProcessEngineConfigurationImpl configuration;

  @BeforeEach
  void anOfficialWithAStrongPassword() {
    configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    IdentityService identity = processEngine.getIdentityService();
    User user = identity.newUser(userId);
    user.setFirstName("建国");
    user.setLastName("张");
    user.setPassword("Kx7-moat-Lantern-91");
    identity.saveUser(user);
  }

  @AfterEach
  void policyOffAndUserGone() {
    configuration.setEnablePasswordPolicy(false);
    processEngine.getIdentityService().deleteUser(userId);
  }

  @Test
  void theEngineHasTheOfficialsPolicyAndDemoModeLeavesItOff() {
    assertThat(configuration.getPasswordPolicy()).isInstanceOf(OfficialPasswordPolicy.class);
    assertThat(configuration.isEnablePasswordPolicy()).isFalse();
  }

  @Test
  void anOfficialCannotSetAWeakPasswordOfTheirOwn() {
    configuration.setEnablePasswordPolicy(true);

    HttpResponse<String> weak = changePassword("a");
    HttpResponse<String> common = changePassword("Password2026!");

    for (HttpResponse<String> refused : java.util.List.of(weak, common)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("password-policy", "密码不符合要求", "does not meet the policy");
    }
    assertThat(processEngine.getIdentityService().checkPassword(userId, "Kx7-moat-Lantern-91")).isTrue();

    assertThat(changePassword("Harbour-Light-2031").statusCode()).isEqualTo(204);
    assertThat(processEngine.getIdentityService().checkPassword(userId, "Harbour-Light-2031")).isTrue();
  }

  private HttpResponse<String> changePassword(String password) {
    String current = processEngine.getIdentityService().checkPassword(userId, "Harbour-Light-2031")
        ? "Harbour-Light-2031" : "Kx7-moat-Lantern-91";
    String body = "{\"password\":\"" + password + "\",\"authenticatedUserPassword\":\"" + current + "\"}";
    return http.send(http.request("/engine-rest/user/" + userId + "/credentials", userId, current)
        .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
  }
}
