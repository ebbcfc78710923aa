package org.creditcommitment.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** camunda-admin reads and edits the catalogue through REST; every edit is validated and audited. */
class CatalogueApiTest extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;

  private static String item(String code, String decision) {
    return """
        {"code":"%s","name":"测试许可事项","department":"scjg","openToCommitment":true,"exclusionReason":null,
         "commitmentTypes":["NOTIFY_COMMIT"],"category":"APPROVAL_SUBSTITUTE","minimumGrades":{"NOTIFY_COMMIT":"A"},
         "periods":{"signing":"5WD","decision":"%s","materials":null,"inspection":"P3M","rectification":"15WD"},
         "conditions":"条件","standards":"标准","letterTemplate":null,"materials":["申请书"]}
        """.formatted(code, decision);
  }

  @Test
  void everyRoleReadsTheCatalogueWithItsExcludedItem() {
    HttpResponse<String> all = http.get("/api/catalogue", "clerk");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.body()).contains("SCJG-SP-001").contains("YJJ-WH-001").contains("市场监督管理局");
    assertThat(http.get("/api/catalogue/NO-SUCH", "clerk").statusCode()).isEqualTo(404);
  }

  @Test
  void theOnlinePortalReadsTheItemsAndTheirMaterials() {
    HttpResponse<String> all = http.get("/api/catalogue", "portal");
    assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    assertThat(all.body()).contains("SCJG-SP-001").contains("materials");
    HttpResponse<String> one = http.get("/api/catalogue/SCJG-SP-001", "portal");
    assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
    assertThat(one.body()).contains("\"materials\"").contains("营业执照");
  }

  @Test
  void anEditWithABidiControlOrMarkupInANameIsRefusedAndNothingChanges() {
    String code = "TEST-TEXT-" + (System.nanoTime() % 100000);
    String[][] edits = {
        {item(code, "8WD").replace("\"conditions\":\"条件\"", "\"conditions\":\"条件\\u202e件条\""), "conditions"},
        {item(code, "8WD").replace("测试许可事项", "<b>测试许可事项</b>"), "name"},
        {item(code, "8WD").replace("[\"申请书\"]", "[\"申请书\\u0000\"]"), "materials[0]"}};
    for (String[] edit : edits) {
      HttpResponse<String> refused = http.put("/api/catalogue/" + code, "admin", edit[0]);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("invalid-text").contains(edit[1]).contains("messageZh");
    }
    assertThat(http.get("/api/catalogue/" + code, "clerk").statusCode()).isEqualTo(404);
  }

  @Test
  void adminSavesAValidItemAndTheEditIsAudited() {
    String code = "TEST-" + (System.nanoTime() % 100000);
    HttpResponse<String> saved = http.put("/api/catalogue/" + code, "admin", item(code, "8WD"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(http.get("/api/catalogue/" + code, "clerk").body()).contains("8WD");
    assertThat(jdbc.queryForObject("select count(*) from audit_event where ref = ? and type = 'CATALOGUE_ITEM_SAVED'",
        Integer.class, code)).isEqualTo(1);
  }

  @Test
  void anInvalidItemIsRefusedWithTheFieldAndNothingChanges() {
    String code = "TEST-BAD-" + (System.nanoTime() % 100000);
    HttpResponse<String> refused = http.put("/api/catalogue/" + code, "admin", item(code, "ten days"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("periods.decision").contains("messageZh");
    assertThat(http.get("/api/catalogue/" + code, "clerk").statusCode()).isEqualTo(404);
  }

  @Test
  void anApplicationItemSavedAsAVoluntaryOrRepairCommitmentIsRefusedNamingTheItemAndNothingChanges() {
    String before = http.get("/api/catalogue/RSJ-LW-002", "clerk").body();
    for (String category : new String[] {"INDUSTRY_SELF_DISCIPLINE", "VOLUNTARY", "CREDIT_REPAIR"}) {
      String edit = item("RSJ-LW-002", "8WD").replace("APPROVAL_SUBSTITUTE", category);
      HttpResponse<String> refused = http.put("/api/catalogue/RSJ-LW-002", "admin", edit);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("application/problem+json"));
      assertThat(refused.body()).contains("invalid-item").contains("messageZh").contains("messageEn")
          .contains("RSJ-LW-002").contains("审批替代型、证明事项型");
    }
    assertThat(http.get("/api/catalogue/RSJ-LW-002", "clerk").body()).isEqualTo(before).contains("APPROVAL_SUBSTITUTE");
  }

  @Test
  void onlyTheAdministratorEditsTheCatalogue() {
    assertThat(http.put("/api/catalogue/TEST-X", "clerk", item("TEST-X", "8WD")).statusCode()).isEqualTo(403);
    assertThat(http.put("/api/catalogue/TEST-X", "auditor", item("TEST-X", "8WD")).statusCode()).isEqualTo(403);
  }
}
