package org.creditcommitment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.security.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrators keep officials' mobile numbers; a number is shown masked and stored encrypted. */
class OfficialContactApiTest extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired OfficialContacts contacts;

  @AfterEach
  void removeNumbers() {
    contacts.remove(Groups.INSPECTOR);
  }

  private int rows() {
    return jdbc.queryForObject("select count(*) from official_contact", Integer.class);
  }

  @Test
  void anAdministratorSetsAnOfficialsNumberWhichIsListedMaskedAndStoredEncrypted() {
    HttpResponse<String> set = http.put("/api/official-contacts/" + Groups.INSPECTOR, "admin",
        "{\"mobile\":\"+86 139-0013-9000\"}");

    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(set.body()).contains("139****9000").doesNotContain("13900139000");
    HttpResponse<String> list = http.get("/api/official-contacts", "admin");
    assertThat(list.body()).contains("\"userId\":\"inspector\"").contains("139****9000").doesNotContain("13900139000");
    assertThat(jdbc.queryForObject("select mobile from official_contact where user_id = ?", String.class,
        Groups.INSPECTOR)).startsWith("enc1:").doesNotContain("13900139000");

    assertThat(http.delete("/api/official-contacts/" + Groups.INSPECTOR, "admin").statusCode()).isEqualTo(204);
    assertThat(http.get("/api/official-contacts", "admin").body()).doesNotContain("inspector");
  }

  @Test
  void anInvalidNumberIsRefusedInChineseAndEnglishAndWritesNothing() {
    int before = rows();

    HttpResponse<String> refused = http.put("/api/official-contacts/" + Groups.INSPECTOR, "admin",
        "{\"mobile\":\"0755-1234567\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("invalid-mobile").contains("messageZh").contains("手机号码格式错误")
        .contains("messageEn");
    assertThat(http.put("/api/official-contacts/" + Groups.INSPECTOR, "admin", "{}").statusCode()).isEqualTo(400);
    assertThat(http.put("/api/official-contacts/" + Groups.INSPECTOR, "admin", "{\"mobile\":").statusCode())
        .isEqualTo(400);
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void aNumberForAUserThatDoesNotExistIsRefused() {
    int before = rows();

    HttpResponse<String> refused = http.put("/api/official-contacts/nobody-here", "admin",
        "{\"mobile\":\"13900139000\"}");

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).contains("unknown-user").contains("messageZh").contains("messageEn");
    assertThat(rows()).isEqualTo(before);
  }
}
