package org.creditcommitment.publicboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.CaseScenarios;
import org.creditcommitment.credit.adapters.CreditRegistry;
import org.creditcommitment.credit.adapters.NewSubject;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.creditcommitment.system.ClockConfig;
import org.junit.jupiter.api.Test;
import org.creditcommitment.system.PublicRateLimit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The public board's JSON, always without a login: what is published, what never is, the searches, masking of
 * natural persons, read-only and the rate limit. Cases are found by their applicants' codes (every scenario makes a
 * subject of its own), so other tests' cases do not disturb the assertions.
 */
class PublicBoardApiTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "/public/api/commitments";

  @Autowired CaseScenarios scenarios;
  @Autowired CreditRegistry registry;
  @Autowired PublicRateLimit rateLimit;
  @Autowired JdbcTemplate jdbc;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  private HttpResponse<String> get(String query) {
    return http.get(API + query, null);
  }

  private JsonNode search(String query) throws Exception {
    HttpResponse<String> response = get(query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/json"));
    assertThat(response.headers().firstValue("Set-Cookie")).as("no session is made for a reader").isEmpty();
    assertThat(response.body()).as("no e-mail address is ever public").doesNotContain("@");
    return JSON.readTree(response.body());
  }

  private JsonNode byCode(String code) throws Exception {
    return search("?code=" + code);
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private String legalSubject(String name) {
    String code = TestCodes.uscc();
    registry.createSubject(new NewSubject(code, SubjectType.LEGAL, name, "board-" + code + "@example.test", "AA"));
    return code;
  }

  @Test
  void theDemoLicenceItemsAreOnTheBoardAsApprovalSubstituteCommitmentsNeverAsVoluntaryOnes() throws Exception {
    for (String item : List.of("RSJ-LW-002", "CGJ-JZ-002")) {
      String code = legalSubject("汕尾市类别" + Long.toString(System.nanoTime(), 36).toUpperCase() + "有限公司");
      CaseRecord c = scenarios.fulfilled(item, code);
      assertThat(c.endState()).as(item).isEqualTo("FULFILLED");
      JsonNode page = byCode(code);
      assertThat(page.get("total").asLong()).as(item).isEqualTo(2);
      for (JsonNode entry : page.get("items")) {
        assertThat(entry.get("category").asText()).as(item).isEqualTo("APPROVAL_SUBSTITUTE");
        assertThat(entry.get("categoryLabel").asText()).as(item).isEqualTo("审批替代型");
      }
      assertThat(search("?code=" + code + "&category=INDUSTRY_SELF_DISCIPLINE").get("total").asLong()).isZero();
      assertThat(search("?code=" + code + "&category=VOLUNTARY").get("total").asLong()).isZero();
    }
  }

  @Test
  void aPushedCommitmentAndItsLicenceArePublicWithoutLogin() throws Exception {
    String item = PublicBoardTestData.item(http, "GS", "scjg", "APPROVAL_SUBSTITUTE");
    CaseRecord fulfilled = scenarios.fulfilled(item);
    assertThat(fulfilled.endState()).isEqualTo("FULFILLED");

    JsonNode page = byCode(fulfilled.applicantCode());

    assertThat(page.get("total").asLong()).isEqualTo(2);
    List<String> kinds = new ArrayList<>();
    for (JsonNode entry : page.get("items")) {
      kinds.add(entry.get("kind").asText());
      assertThat(entry.get("subjectName").asText()).isEqualTo(fulfilled.applicantName());
      assertThat(entry.get("subjectCode").asText()).isEqualTo(fulfilled.applicantCode());
      assertThat(entry.get("category").asText()).isEqualTo("APPROVAL_SUBSTITUTE");
      assertThat(entry.get("categoryLabel").asText()).isEqualTo("审批替代型");
      assertThat(entry.get("departmentName").asText()).isEqualTo("市场监督管理局");
      assertThat(entry.get("itemCode").asText()).isEqualTo(item);
      assertThat(entry.get("commitmentType").asText()).isEqualTo("告知承诺");
      assertThat(entry.get("publishedOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(entry.has("caseNo")).as("internal numbers stay internal").isFalse();
    }
    assertThat(kinds).containsExactlyInAnyOrder("COMMITMENT", "LICENCE");
    JsonNode licence = search("?kind=LICENCE&code=" + fulfilled.applicantCode()).get("items").get(0);
    assertThat(licence.get("licenceNo").asText()).isEqualTo(fulfilled.licenceNo());
    assertThat(licence.get("kindLabel").asText()).isEqualTo("行政许可");
    assertThat(search("?kind=COMMITMENT&code=" + fulfilled.applicantCode()).get("items").get(0).get("licenceNo")
        .isNull()).isTrue();
  }

  @Test
  void casesUnderReviewRefusedWithdrawnDeniedPunishedOrNotYetPushedAreNeverPublic() throws Exception {
    String item = PublicBoardTestData.item(http, "GN", "wsjk", "APPROVAL_SUBSTITUTE");
    CaseRecord underReview = scenarios.awaitingDecision(item);
    CaseRecord standardReview = scenarios.notEligible(item);
    CaseRecord withdrawn = scenarios.withdrawn(item);
    CaseRecord denied = scenarios.notAccepted(item);
    CaseRecord pending = scenarios.approvedWithPushPending(item);
    CaseRecord punished = scenarios.punishedAfterRefusingRectification(item);
    assertThat(underReview.endState()).isNull();
    assertThat(standardReview.endState()).isEqualTo("STANDARD_REVIEW");
    assertThat(withdrawn.endState()).isEqualTo("WITHDRAWN");
    assertThat(denied.endState()).isEqualTo("DENIED");
    assertThat(pending.licenceNo()).as("decided, but the push has not reached the platform").isNotNull();
    assertThat(punished.endState()).isEqualTo("PUNISHED");

    for (CaseRecord c : List.of(underReview, standardReview, withdrawn, denied, pending, punished)) {
      JsonNode page = byCode(c.applicantCode());
      assertThat(page.get("total").asLong()).as(c.caseNo() + " " + c.endState()).isZero();
      assertThat(page.get("items")).isEmpty();
    }
  }

  @Test
  void searchesByCodeNameDepartmentCategoryAndKind() throws Exception {
    String item = PublicBoardTestData.item(http, "GZ", "yjj", "CERTIFICATION");
    String token = "检索" + Long.toString(System.nanoTime(), 36).toUpperCase();
    String code = legalSubject("汕尾市" + token + "科技有限公司");
    CaseRecord c = scenarios.fulfilled(item, code);
    assertThat(c.endState()).isEqualTo("FULFILLED");

    assertThat(byCode(code).get("total").asLong()).isEqualTo(2);
    assertThat(byCode(code.toLowerCase()).get("total").asLong()).as("codes in any case").isEqualTo(2);
    String name = "&name=" + enc(token);
    assertThat(search("?name=" + enc(token)).get("total").asLong()).as("a part of the name").isEqualTo(2);
    assertThat(search("?name=" + enc(token.toLowerCase())).get("total").asLong()).isEqualTo(2);
    assertThat(search("?name=" + enc(token + "不存在")).get("total").asLong()).isZero();
    assertThat(search("?department=yjj" + name).get("total").asLong()).isEqualTo(2);
    assertThat(search("?department=scjg" + name).get("total").asLong()).isZero();
    assertThat(search("?category=CERTIFICATION" + name).get("total").asLong()).isEqualTo(2);
    assertThat(search("?category=" + enc("证明事项型") + name).get("total").asLong()).as("or its label").isEqualTo(2);
    assertThat(search("?category=APPROVAL_SUBSTITUTE" + name).get("total").asLong()).isZero();
    JsonNode licences = search("?kind=LICENCE&department=yjj&category=CERTIFICATION" + name);
    assertThat(licences.get("total").asLong()).isEqualTo(1);
    assertThat(licences.get("items").get(0).get("licenceNo").asText()).isEqualTo(c.licenceNo());
    // a name search is a LIKE: its wildcards are taken literally
    assertThat(search("?name=" + enc("%")).get("items").toString()).doesNotContain("\"subjectType\":\"NATURAL\"");
    assertThat(search("?name=" + enc("_" + token)).get("total").asLong()).isZero();
  }

  @Test
  void newestFirstInPagesOfAtMostFifty() throws Exception {
    JsonNode page = search("?size=50");
    assertThat(page.get("size").asInt()).isEqualTo(50);
    assertThat(page.get("items").size()).isLessThanOrEqualTo(50);
    String previous = null;
    for (JsonNode entry : page.get("items")) {
      String day = entry.get("publishedOn").asText();
      if (previous != null) {
        assertThat(day).isLessThanOrEqualTo(previous);
      }
      previous = day;
    }
    for (String bad : List.of("?size=51", "?size=0", "?page=-1", "?page=1000", "?code=123", "?department=nope",
        "?category=nope", "?kind=nope")) {
      HttpResponse<String> refused = get(bad);
      assertThat(refused.statusCode()).as(bad).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("application/problem+json"));
      assertThat(refused.body()).contains("messageZh").contains("messageEn");
    }
  }

  @Test
  void aNaturalPersonsNameAndIdAreMaskedAndNotFoundByName() throws Exception {
    String item = PublicBoardTestData.item(http, "GP", "rsj", "APPROVAL_SUBSTITUTE");
    String id = TestCodes.residentId();
    registry.createSubject(new NewSubject(id, SubjectType.NATURAL, "欧阳娜娜", "person-" + id + "@example.test", "AA"));
    CaseRecord c = scenarios.fulfilled(item, id);
    assertThat(c.endState()).isEqualTo("FULFILLED");
    // stored encrypted (SM4); the board finds it through the keyed index and masks the decrypted value as before
    assertThat(jdbc.queryForObject("select applicant_code from commitment_case where case_no = ?", String.class,
        c.caseNo())).startsWith("enc1:").doesNotContain(id);

    HttpResponse<String> raw = get("?code=" + id);
    assertThat(raw.body()).doesNotContain(id).doesNotContain("欧阳娜娜").doesNotContain("娜");
    JsonNode page = JSON.readTree(raw.body());
    assertThat(page.get("total").asLong()).as("found by the full ID number").isEqualTo(2);
    for (JsonNode entry : page.get("items")) {
      assertThat(entry.get("subjectName").asText()).isEqualTo("欧阳**");
      assertThat(entry.get("subjectCode").asText()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
      assertThat(entry.get("subjectType").asText()).isEqualTo("NATURAL");
    }
    assertThat(search("?name=" + enc("欧阳娜娜") + "&department=rsj").get("items").toString())
        .as("a natural person is never found by name").doesNotContain("欧阳**");
    assertThat(byCode(id.substring(0, 17) + (id.endsWith("0") ? "1" : "0")).get("total").asLong())
        .as("another code finds nothing").isZero();
  }

  @Test
  void thePageAndTheDataNeedNoLoginAndCarryTheirSecurityHeaders() throws Exception {
    HttpResponse<String> data = get("");
    assertThat(data.statusCode()).isEqualTo(200);
    assertThat(data.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
    assertThat(data.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(data.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(search("").get("items").toString()).doesNotContain("@");

    HttpResponse<String> filters = http.get(API + "/filters", null);
    assertThat(filters.statusCode()).isEqualTo(200);
    assertThat(filters.body()).contains("市场监督管理局").contains("主动型").contains("行业自律型").contains("行政许可");

    for (String path : List.of("/public/commitments", "/public/commitments/", "/public/commitments/board.js")) {
      HttpResponse<String> page = http.get(path, null);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Security-Policy")).as(path + ": the pages' policy")
          .hasValueSatisfying(p -> assertThat(p).startsWith("default-src 'self'; script-src 'self';")
              .contains("frame-ancestors 'none'"));
      assertThat(page.headers().firstValue("Set-Cookie")).as(path).isEmpty();
    }
    assertThat(http.get("/public/commitments", null).body()).contains("信用承诺公示");
  }

  @Test
  void nothingElseIsReachableUnderPublic() {
    for (String path : List.of("/public/api/cases", "/public/api/commitments/XY20261123000001", "/public/api/me")) {
      HttpResponse<String> answer = http.get(path, null);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("application/problem+json"));
    }
    assertThat(http.get("/api/cases", null).statusCode()).as("/api still needs a login").isEqualTo(401);
  }

  @Test
  void theOnlyHandlersUnderPublicAreTheBoardsReadsAndDocumentVerification() {
    Set<String> found = new TreeSet<>();
    mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
      for (String pattern : info.getPatternValues()) {
        if (pattern.startsWith("/public")) {
          found.add(info.getMethodsCondition().getMethods() + " " + pattern + " " + method.getBeanType().getSimpleName());
        }
      }
    });
    assertThat(found).containsExactly("[GET] /public/api/commitments PublicBoardController",
        "[GET] /public/api/commitments/filters PublicBoardController",
        "[GET] /public/api/documents/{code} PublicDocumentController",
        "[GET] /public/api/documents/{code}/pdf PublicDocumentController",
        "[POST] /public/api/documents/{code}/comparison PublicDocumentController");
  }

  @Test
  void theDataIsReadOnly() {
    List<HttpRequest.Builder> writes = List.of(
        http.request(API, null, null).POST(HttpRequest.BodyPublishers.ofString("{}")),
        http.request(API, null, null).PUT(HttpRequest.BodyPublishers.ofString("{}")),
        http.request(API, null, null).DELETE(),
        http.request(API, "admin", "demo").POST(HttpRequest.BodyPublishers.ofString("{}")),
        http.request(API + "/filters", null, null).method("PATCH", HttpRequest.BodyPublishers.ofString("{}")));
    for (HttpRequest.Builder write : writes) {
      HttpResponse<String> refused = http.send(write.header("Content-Type", "application/json"));
      assertThat(refused.statusCode()).isEqualTo(405);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("application/problem+json"));
      assertThat(refused.headers().firstValue("Allow")).hasValue("GET, HEAD");
      assertThat(refused.body()).contains("method-not-allowed").contains("messageZh").contains("messageEn");
    }
  }

  @Test
  void theDepthLimitIsOnTheRecordsAPageReachesAndNoPageNumberWrapsAroundIt() throws Exception {
    assertThat(search("?page=249&size=20").get("page").asInt()).as("records 4,981 to 5,000").isEqualTo(249);
    assertThat(search("?page=4999&size=1").get("page").asInt()).isEqualTo(4999);
    for (String bad : List.of("?page=2147483647&size=1", "?page=2147483647&size=20", "?page=2147483647&size=50",
        "?page=250&size=20", "?page=5000&size=1", "?page=107374183&size=20", "?page=99999999999",
        "?page=-2147483648&size=20")) {
      HttpResponse<String> refused = get(bad);
      assertThat(refused.statusCode()).as(bad + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("application/problem+json"));
      assertThat(refused.body()).contains("messageZh").contains("messageEn");
    }
  }

  @Test
  void aNaturalPersonsVoluntaryCommitmentIsFoundByTheFullIdOnlyAndMasked() throws Exception {
    String id = TestCodes.residentId();
    String name = "欧阳晓雯";
    registry.createSubject(new NewSubject(id, SubjectType.NATURAL, name, "vp-" + id + "@example.test", "AA"));
    standingVoluntaryCommitment(id, name);

    HttpResponse<String> raw = get("?code=" + id);
    assertThat(raw.body()).doesNotContain(id).doesNotContain(name);
    JsonNode page = JSON.readTree(raw.body());
    assertThat(page.get("total").asLong()).as("found by the full ID number, as documented").isEqualTo(1);
    JsonNode entry = page.get("items").get(0);
    assertThat(entry.get("subjectName").asText()).isEqualTo("欧阳**");
    assertThat(entry.get("subjectCode").asText()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
    assertThat(entry.get("subjectType").asText()).isEqualTo("NATURAL");
    assertThat(entry.get("categoryLabel").asText()).isEqualTo("主动型");

    for (String part : List.of(name, "欧阳", "欧阳*")) {
      JsonNode byName = search("?category=VOLUNTARY&name=" + enc(part));
      assertThat(byName.get("items").toString()).as("a name search never lists a natural person: " + part)
          .doesNotContain("\"subjectType\":\"NATURAL\"");
    }
  }

  @Test
  void aCompanysVoluntaryCommitmentIsFoundByAnyCaseOfAPartOfItsNameAndPublicThroughItsLastValidDay()
      throws Exception {
    String token = token();
    String code = TestCodes.uscc();
    while (code.substring(0, 17).chars().noneMatch(Character::isLetter)) {
      code = TestCodes.uscc(); // a code of 17 digits there is never found by name
    }
    String name = "汕尾市Hongxin" + token + "科技有限公司";
    registry.createSubject(new NewSubject(code, SubjectType.LEGAL, name, "vl-" + code + "@example.test", "AA"));
    LocalDate validUntil = LocalDate.parse(standingVoluntaryCommitment(code, name).get("validUntil").asText());

    for (String part : List.of("Hongxin" + token, "hongxin" + token.toLowerCase(), "HONGXIN" + token)) {
      JsonNode page = search("?kind=COMMITMENT&category=VOLUNTARY&name=" + enc(part));
      assertThat(page.get("total").asLong()).as("name part " + part).isEqualTo(1);
      assertThat(page.get("items").get(0).get("subjectName").asText()).isEqualTo(name);
    }
    assertThat(search("?category=VOLUNTARY&department=wsjk&name=" + enc(token)).get("total").asLong()).isZero();
    assertThat(search("?kind=LICENCE&name=" + enc(token)).get("total").asLong()).isZero();

    JsonNode entry = byCode(code).get("items").get(0);
    assertThat(entry.get("publicUntil").asText()).as("the last day of its validity, as the commitment states it")
        .isEqualTo(validUntil.toString());
    try {
      clock.setInstant(validUntil.atTime(23, 0).atZone(ClockConfig.ZONE).toInstant());
      assertThat(byCode(code).get("total").asLong()).as("public on its last day").isEqualTo(1);
      clock.setInstant(validUntil.plusDays(1).atTime(0, 30).atZone(ClockConfig.ZONE).toInstant());
      JsonNode after = byCode(code);
      assertThat(after.get("items")).as("not public the day after, even before its expiry ran").isEmpty();
      assertThat(after.get("total").asLong()).isZero();
    } finally {
      clock.reset();
    }
  }

  private static String token() {
    return Long.toString(System.nanoTime(), 36).toUpperCase();
  }

  /** Files a 诚信经营承诺 through the portal and accepts it as the department: published, standing. */
  private JsonNode standingVoluntaryCommitment(String code, String name) throws Exception {
    HttpResponse<String> text = http.post("/api/voluntary-commitments/text", "portal", JSON.writeValueAsString(
        java.util.Map.of("subjectCode", code, "subjectName", name, "templateCode", "ZY-CXJY")));
    assertThat(text.statusCode()).as(text.body()).isEqualTo(200);
    HttpResponse<String> filed = http.post("/api/voluntary-commitments", "portal", JSON.writeValueAsString(
        java.util.Map.of("subjectCode", code, "subjectName", name, "templateCode", "ZY-CXJY",
            "email", "subject@example.test", "signer", "王法人",
            "textSha256", JSON.readTree(text.body()).get("textSha256").asText())));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String no = JSON.readTree(filed.body()).get("voluntaryNo").asText();
    HttpResponse<String> tasks = http.get("/engine-rest/task?processInstanceBusinessKey=" + no
        + "&taskDefinitionKey=Task_ReviewVoluntaryCommitment", "approver");
    String task = JSON.readTree(tasks.body()).get(0).get("id").asText();
    HttpResponse<String> accepted = http.post("/engine-rest/task/" + task + "/complete", "approver",
        "{\"variables\":{\"reviewDecision\":{\"value\":\"ACCEPT\"}}}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    JsonNode record = JSON.readTree(http.get("/api/voluntary-commitments/" + no, "portal").body());
    assertThat(record.get("status").asText()).isEqualTo("PUBLISHED");
    return record;
  }

  @Test
  void anAddressBeyondItsLimitIsToldToWait() throws Exception {
    int configured = rateLimit.perMinute();
    clock.setInstant(Instant.parse("2026-11-30T02:00:20Z"));
    rateLimit.reset(3);
    try {
      for (int i = 0; i < 3; i++) {
        assertThat(get("").statusCode()).isEqualTo(200);
      }
      HttpResponse<String> refused = get("");
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("40");
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("application/problem+json"));
      assertThat(refused.headers().firstValue("Content-Security-Policy")).as("refusals carry the headers too")
          .hasValue("default-src 'none'; frame-ancestors 'none'");
      JsonNode problem = JSON.readTree(refused.body());
      assertThat(problem.get("code").asText()).isEqualTo("too-many-requests");
      assertThat(problem.get("messageZh").asText()).contains("查询过于频繁").contains("40 秒");
      assertThat(problem.get("messageEn").asText()).contains("Too many requests");
      assertThat(http.get("/public/commitments", null).statusCode()).as("the page itself is not limited")
          .isEqualTo(200);

      clock.setInstant(Instant.parse("2026-11-30T02:01:00Z"));
      assertThat(get("").statusCode()).as("the next minute").isEqualTo(200);
    } finally {
      rateLimit.reset(configured);
      clock.reset();
    }
  }
}
