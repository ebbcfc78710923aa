package org.creditcommitment.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The webapps are served with our Chinese locale and configuration, not only the webjar's. */
class WebappLocalizationTest extends IntegrationTest {

  @ParameterizedTest
  @CsvSource({
      "tasklist, CLAIM_TASK, 认领",
      "admin, USERS_USERS, 用户",
      "welcome, PAGE_LOGIN_SIGN_IN_ACTION, 登录",
      "cockpit, COCKPIT_PROCESSES, 流程"})
  void chineseLocaleIsServedForEveryApp(String app, String key, String expected) throws Exception {
    HttpResponse<String> response = http.get("/camunda/app/" + app + "/locales/zh-CN.json", null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode locale = new ObjectMapper().readTree(response.body());
    assertThat(locale.path("labels").path(key).asText()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void configMakesChineseTheFallbackAndKeepsEnglish(String app) {
    HttpResponse<String> response = http.get("/camunda/app/" + app + "/scripts/config.js", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("availableLocales: ['zh-CN', 'en']")
        .contains("fallbackLocale: 'zh-CN'");
  }

  @Test
  void tasklistConfigKeepsTheWebjarsKeyboardShortcuts() {
    String config = http.get("/camunda/app/tasklist/scripts/config.js", null).body();

    assertThat(config).contains("claimTask").contains("ctrl+alt+c");
  }

  @Test
  void englishLocaleIsStillServed() {
    HttpResponse<String> response = http.get("/camunda/app/tasklist/locales/en.json", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"CLAIM_TASK\": \"Claim\"");
  }
}
