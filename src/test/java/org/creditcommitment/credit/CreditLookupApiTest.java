package org.creditcommitment.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.objection.CreditFileDriver;
import org.creditcommitment.system.PersonalDataIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every credit look-up on record (汕府办函〔2021〕17号 (二十二)): who, when, which subject, for which case or purpose; a
 * look-up outside a case without a purpose is refused and leaves no trace; only the auditor lists them.
 */
class CreditLookupApiTest extends IntegrationTest {

  @Autowired CreditFileDriver driver;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataIndex index;
  private final ObjectMapper json = new ObjectMapper();

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private List<String> lookupDetails(String code) {
    return jdbc.queryForList("select actor || ' ' || details from audit_event where ref = ? and type = ?"
        + " order by id", String.class, code, "credit.looked-up");
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains(code).contains("messageZh").contains("messageEn");
  }

  @Test
  void aLookUpOutsideACaseWithoutAPurposeIsRefusedInBothLanguagesAndLeavesNoTrace() {
    String code = driver.subject();
    assertProblem(http.get("/api/subjects/" + code + "/credit", "clerk"), 400, "lookup-purpose-required");
    assertProblem(http.get("/api/subjects/" + code + "/credit?purpose=%20%20", "credit-office"), 400,
        "lookup-purpose-required");
    assertProblem(http.get("/api/subjects/" + code + "/credit?purpose=" + "x".repeat(201), "clerk"), 400,
        "lookup-purpose-too-long");
    assertThat(lookupDetails(code)).isEmpty();
  }

  @Test
  void everyLookUpIsRecordedWithWhoWhichSubjectAndItsCaseOrPurpose() {
    String code = driver.subject();
    String objectionNo = objectionOf(code);

    assertThat(http.get("/api/subjects/" + code + "/credit?purpose=" + encoded("窗口咨询：申请人自查"), "clerk")
        .statusCode()).isEqualTo(200);
    assertThat(http.get("/api/subjects/" + code + "/credit?case=" + objectionNo.toLowerCase(), "credit-office")
        .statusCode()).isEqualTo(200);

    assertThat(lookupDetails(code)).satisfiesExactly(
        first -> assertThat(first).startsWith("clerk ").contains("窗口咨询：申请人自查")
            .contains("GET /api/subjects/{code}/credit"),
        second -> assertThat(second).startsWith("credit-office ").contains("\"caseNo\":\"" + objectionNo + "\""));
  }

  @Test
  void aLookUpForACaseTheCallerCannotReadIsNotFoundAndLeavesNoTrace() {
    String code = driver.subject();
    assertThat(http.get("/api/subjects/" + code + "/credit?case=XY20990101999999", "clerk").statusCode())
        .isEqualTo(404);
    assertThat(lookupDetails(code)).isEmpty();
  }

  @Test
  void issuingACreditReportIsRecordedAsALookUp() {
    String code = driver.subject();
    assertThat(http.post("/api/subjects/" + code + "/credit-reports", "clerk", "{}").statusCode()).isEqualTo(201);
    assertThat(lookupDetails(code)).singleElement().satisfies(line -> assertThat(line).startsWith("clerk ")
        .contains("出具信用承诺履约报告").contains("credit-reports"));
  }

  @Test
  void theAuditorListsLookUpsPerOfficialAndPerSubjectWithADailyCountPerOfficial() throws Exception {
    String code = driver.subject();
    String other = driver.subject();
    http.get("/api/subjects/" + code + "/credit?purpose=check", "clerk");
    http.get("/api/subjects/" + code + "/credit?purpose=check", "clerk");
    http.get("/api/subjects/" + other + "/credit?purpose=check", "clerk");
    http.get("/api/subjects/" + code + "/credit?purpose=check", "credit-office");

    HttpResponse<String> bySubject = http.get("/api/audit/credit-lookups?subject=" + code, "auditor");
    assertThat(bySubject.statusCode()).as(bySubject.body()).isEqualTo(200);
    JsonNode listing = json.readTree(bySubject.body());
    assertThat(listing.get("lookups")).hasSize(3);
    assertThat(listing.get("lookups").get(0).get("user").asText()).isEqualTo("credit-office");
    assertThat(listing.get("lookups").get(0).get("userName").asText()).isEqualTo("赵磊 信用办");
    assertThat(listing.get("lookups").get(0).get("purpose").asText()).isEqualTo("check");

    JsonNode byBoth = json.readTree(http.get("/api/audit/credit-lookups?subject=" + code + "&user=clerk", "auditor")
        .body());
    assertThat(byBoth.get("lookups")).hasSize(2);
    assertThat(byBoth.get("dailyCounts")).singleElement().satisfies(day -> {
      assertThat(day.get("user").asText()).isEqualTo("clerk");
      assertThat(day.get("count").asLong()).isEqualTo(2);
    });
    JsonNode byOfficial = json.readTree(http.get("/api/audit/credit-lookups?user=clerk", "auditor").body());
    assertThat(byOfficial.get("dailyCounts").get(0).get("count").asLong()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aNaturalPersonsLookUpsAreStoredUnderTheKeyedIndexFoundByTheIdNumberAndListedMaskedOtherwise() throws Exception {
    String id = driver.person();
    assertThat(http.get("/api/subjects/" + id + "/credit?purpose=check", "clerk").statusCode()).isEqualTo(200);

    // other tests' people share the masked form (same region, sequence and often check digit): match the keyed index
    String stored = "pidx:" + id.substring(0, 6) + "********" + id.substring(14) + ":" + index.of(id);
    assertThat(jdbc.queryForObject("select count(*) from audit_event where type = ? and ref = ?", Integer.class,
        "credit.looked-up", stored)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from audit_event where ref = ?", Integer.class, id)).isZero();
    JsonNode bySubject = json.readTree(http.get("/api/audit/credit-lookups?subject=" + id, "auditor").body());
    assertThat(bySubject.get("lookups")).singleElement().satisfies(l -> assertThat(l.get("subjectCode").asText())
        .as("resolved from the search").isEqualTo(id));
    JsonNode byOfficial = json.readTree(http.get("/api/audit/credit-lookups?user=clerk", "auditor").body());
    assertThat(byOfficial.get("lookups").findValuesAsText("subjectCode")).as("masked without the search")
        .contains(id.substring(0, 6) + "********" + id.substring(14)).doesNotContain(id);
  }

  @Test
  void onlyTheAuditorReadsTheLookUps() {
    for (String user : List.of("clerk", "credit-office", "approver", "provider", "portal", "admin")) {
      assertThat(http.get("/api/audit/credit-lookups", user).statusCode()).as(user).isEqualTo(403);
    }
  }

  @Test
  void badFiltersAreRefusedInBothLanguages() {
    assertProblem(http.get("/api/audit/credit-lookups?subject=91350100M0001TGQXM", "auditor"), 400,
        "invalid-subject-code");
    assertProblem(http.get("/api/audit/credit-lookups?from=2026-03-02&to=2026-03-01", "auditor"), 400,
        "invalid-range");
    assertProblem(http.get("/api/audit/credit-lookups?from=2024-01-01&to=2026-03-01", "auditor"), 400,
        "invalid-range");
    assertProblem(http.get("/api/audit/credit-lookups?from=2026-02-30", "auditor"), 400, "invalid-date");
    assertProblem(http.get("/api/audit/credit-lookups?user=" + encoded("a<b>"), "auditor"), 400, "invalid-text");
  }

  private String objectionOf(String code) {
    HttpResponse<String> filed = http.post("/api/objections", "portal", "{\"subjectCode\":\"" + code
        + "\",\"recordId\":" + driver.record(code) + ",\"reason\":\"处罚决定已撤销\",\"evidence\":[\"复议决定书\"]}");
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    return filed.body().replaceAll(".*\"objectionNo\":\"(YY\\d+)\".*", "$1");
  }
}
