package org.creditcommitment.credit.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.creditcommitment.credit.AdministrativePenalty;
import org.creditcommitment.credit.CreditPlatformException;
import org.creditcommitment.subject.TestCodes;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.CreditRecord;
import org.creditcommitment.credit.CreditRecordType;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.credit.InspectionResult;
import org.creditcommitment.credit.PushReceipt;
import org.creditcommitment.credit.PushRefusals;
import org.creditcommitment.credit.UnknownSubjectException;
import org.creditcommitment.subject.SubjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** The http adapter against a WireMock platform: plain unit tests, no Spring context. */
class HttpCreditPlatformTest {

  @RegisterExtension
  static WireMockExtension platform = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String CODE = "91441500MA4UH0AA1G";
  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

  private HttpCreditPlatform adapter(int retries) {
    var settings = new CreditProperties.Http(URI.create(platform.baseUrl() + "/credit/"), "secret-token",
        // the read timeout must outlast a busy CI machine (a slow answer is retried and doubles requests);
        // the timeout test's stub delays well beyond it
        Duration.ofMillis(2000), Duration.ofMillis(1500), retries, Duration.ofMillis(10));
    return new HttpCreditPlatform(settings, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
  }

  @Test
  void queryReturnsTheProfileWithTimeAndSource() {
    platform.stubFor(get("/credit/subjects/" + CODE + "/profile").willReturn(okJson("""
        {"code":"%s","name":"汕尾市鸿信建设工程有限公司","subjectType":"LEGAL","email":"a@example.org","grade":"AAA",
         "redListed":true,"blacklisted":false,"unperformedPenalties":[],
         "dishonestyRecords":[{"id":7,"subjectCode":"%s","sourceUnit":"汕尾市市场监督管理局","basis":"x","domain":"食品安全",
           "date":"2025-01-02","publicityStart":"2025-01-02","publicityEnd":"2026-01-02","status":"EXPIRED"}],
         "fulfilmentRecords":[],"somethingNew":1}
        """.formatted(CODE, CODE))));

    CreditProfile profile = adapter(0).query(CODE);

    assertThat(profile.grade()).isEqualTo("AAA");
    assertThat(profile.name()).as("the registered name, which applications are held against")
        .isEqualTo("汕尾市鸿信建设工程有限公司");
    assertThat(profile.subjectType()).isEqualTo(SubjectType.LEGAL);
    assertThat(profile.redListed()).isTrue();
    assertThat(profile.dishonestyRecords()).singleElement().satisfies(r -> {
      assertThat(r.domain()).isEqualTo("食品安全");
      assertThat(r.status()).isEqualTo(DishonestyStatus.EXPIRED);
      assertThat(r.publicityEnd()).isEqualTo(LocalDate.of(2026, 1, 2));
    });
    assertThat(profile.hasActiveDishonestyRecord()).isFalse();
    assertThat(profile.queriedAt()).isEqualTo(NOW);
    assertThat(profile.source()).isEqualTo("http:" + platform.baseUrl() + "/credit");
    platform.verify(getRequestedFor(urlEqualTo("/credit/subjects/" + CODE + "/profile"))
        .withHeader("Authorization", equalTo("Bearer secret-token")));
  }

  @Test
  void unknownSubjectIsItsOwnAnswerNotAFailure() {
    platform.stubFor(get("/credit/subjects/" + CODE + "/profile").willReturn(aResponse().withStatus(404)));
    assertThatThrownBy(() -> adapter(2).query(CODE)).isInstanceOf(UnknownSubjectException.class);
    platform.verify(1, getRequestedFor(urlEqualTo("/credit/subjects/" + CODE + "/profile")));
  }

  @Test
  void aClientErrorFailsAtOnceWithoutRetry() {
    platform.stubFor(get("/credit/subjects/" + CODE + "/profile")
        .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"bad token\"}")));

    assertThatThrownBy(() -> adapter(2).query(CODE)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining("HTTP 401").hasMessageContaining("bad token");
    platform.verify(1, getRequestedFor(urlEqualTo("/credit/subjects/" + CODE + "/profile")));
  }

  @Test
  void aFailureKeptWithTheJobAndIncidentNamesANaturalPersonOnlyByTheMaskedIdNumber() {
    String person = TestCodes.residentId();
    platform.stubFor(get("/credit/subjects/" + person + "/profile").willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> adapter(1).query(person)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining(person.substring(0, 6) + "********").hasMessageNotContaining(person);

    platform.stubFor(get("/credit/subjects/" + person + "/profile").willReturn(aResponse().withStatus(404)));
    assertThatThrownBy(() -> adapter(1).query(person)).isInstanceOf(UnknownSubjectException.class)
        .hasMessageNotContaining(person);
  }

  @Test
  void aServerErrorIsRetriedThenFails() {
    platform.stubFor(get("/credit/subjects/" + CODE + "/profile").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> adapter(2).query(CODE)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining("after 3 attempt(s)").hasMessageContaining("HTTP 503");
    platform.verify(3, getRequestedFor(urlEqualTo("/credit/subjects/" + CODE + "/profile")));
  }

  @Test
  void aServerErrorThenSuccessIsAnswered() {
    String path = "/credit/subjects/" + CODE + "/profile";
    platform.stubFor(get(path).inScenario("flaky").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
    platform.stubFor(get(path).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(okJson("{\"code\":\"" + CODE + "\",\"name\":\"n\",\"subjectType\":\"LEGAL\",\"grade\":\"A\"}")));

    assertThat(adapter(1).query(CODE).grade()).isEqualTo("A");
  }

  @Test
  void aTimeoutIsRetriedThenFails() {
    platform.stubFor(get("/credit/subjects/" + CODE + "/profile").willReturn(okJson("{}").withFixedDelay(4000)));

    assertThatThrownBy(() -> adapter(1).query(CODE)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining("timed out").hasMessageContaining("after 2 attempt(s)");
  }

  @Test
  void aBrokenConnectionFails() {
    platform.stubFor(get("/credit/subjects/" + CODE + "/profile")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> adapter(0).query(CODE)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining("connection failed");
  }

  @Test
  void aMalformedBodyFailsInsteadOfGivingADefaultProfile() {
    platform.stubFor(get("/credit/subjects/" + CODE + "/profile").willReturn(okJson("{\"code\": \"" + CODE + "\", grade")));
    assertThatThrownBy(() -> adapter(0).query(CODE)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void anAnswerForAnotherSubjectOrWithoutTypeFails() {
    platform.stubFor(get("/credit/subjects/" + CODE + "/profile").willReturn(okJson("{\"grade\":\"AAA\"}")));
    assertThatThrownBy(() -> adapter(0).query(CODE)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining("not the profile of " + CODE);
  }

  @Test
  void aProfileWithoutTheRegisteredNameFails() {
    platform.stubFor(get("/credit/subjects/" + CODE + "/profile").willReturn(okJson("{\"code\":\"" + CODE
        + "\",\"name\":\" \",\"subjectType\":\"LEGAL\",\"grade\":\"AAA\"}")));
    assertThatThrownBy(() -> adapter(0).query(CODE)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining("no registered name");
  }

  @Test
  void pushSendsTheIdempotencyKeyAndReturnsTheReceipt() {
    platform.stubFor(post("/credit/records").willReturn(okJson("{\"recordId\":\"R-1\",\"duplicate\":true}")));
    CreditRecord record = new CreditRecord(CreditRecordType.COMMITMENT, CODE, "CC-2026-0001",
        Map.of("itemCode", "SP-001"), "CC-2026-0001:commitment");

    PushReceipt receipt = adapter(0).push(record);

    assertThat(receipt.recordId()).isEqualTo("R-1");
    assertThat(receipt.duplicate()).isTrue();
    assertThat(receipt.idempotencyKey()).isEqualTo("CC-2026-0001:commitment");
    platform.verify(postRequestedFor(urlEqualTo("/credit/records"))
        .withHeader("Idempotency-Key", equalTo("CC-2026-0001:commitment"))
        .withHeader("Authorization", equalTo("Bearer secret-token"))
        .withRequestBody(equalToJson("""
            {"type":"COMMITMENT","subjectCode":"%s","reference":"CC-2026-0001","payload":{"itemCode":"SP-001"}}
            """.formatted(CODE))));
  }

  @Test
  void aRetriedPushKeepsItsIdempotencyKey() {
    platform.stubFor(post("/credit/records").inScenario("push").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
    platform.stubFor(post("/credit/records").inScenario("push").whenScenarioStateIs("up")
        .willReturn(okJson("{\"recordId\":\"R-2\",\"duplicate\":false}")));

    adapter(1).push(new CreditRecord(CreditRecordType.FULFILMENT, CODE, "CC-1", Map.of(), "key-1"));

    platform.verify(2, postRequestedFor(urlEqualTo("/credit/records")).withHeader("Idempotency-Key", equalTo("key-1")));
  }

  @Test
  void aPushAnswerWithoutRecordIdFails() {
    platform.stubFor(post("/credit/records").willReturn(okJson("{\"duplicate\":false}")));
    assertThatThrownBy(() -> adapter(0).push(new CreditRecord(CreditRecordType.REPAIR, CODE, "7", Map.of(), "k")))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("no recordId");
  }

  @Test
  void aRefusedPushFails() {
    platform.stubFor(post("/credit/records").willReturn(aResponse().withStatus(422).withBody("unknown subject")));
    assertThatThrownBy(() -> adapter(2).push(new CreditRecord(CreditRecordType.REPAIR, CODE, "7", Map.of(), "k")))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("HTTP 422");
    platform.verify(1, postRequestedFor(urlEqualTo("/credit/records")));
  }

  @Test
  void aPushThePlatformRefusesIsNotedAsARefusalAndAnUnavailablePlatformIsNot() {
    PushRefusals refusals = org.mockito.Mockito.mock(PushRefusals.class);
    var settings = new CreditProperties.Http(URI.create(platform.baseUrl() + "/credit/"), "secret-token",
        Duration.ofMillis(2000), Duration.ofMillis(1500), 0, Duration.ofMillis(10));
    HttpCreditPlatform adapter = new HttpCreditPlatform(settings, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")),
        refusals);
    CreditRecord record = new CreditRecord(CreditRecordType.COMMITMENT, CODE, "XY1", Map.of(), "XY1:commitment");
    platform.stubFor(post("/credit/records").willReturn(aResponse().withStatus(422).withBody("licence missing")));
    assertThatThrownBy(() -> adapter.push(record)).isInstanceOf(CreditPlatformException.class);
    org.mockito.Mockito.verify(refusals).record(record, 422, "licence missing");

    platform.stubFor(post("/credit/records").willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> adapter.push(record)).isInstanceOf(CreditPlatformException.class);
    org.mockito.Mockito.verifyNoMoreInteractions(refusals);
  }

  @Test
  void feedInspectionPostsTheResult() {
    platform.stubFor(post("/credit/inspection-results").willReturn(aResponse().withStatus(204)));

    adapter(0).feedInspection(new InspectionResult("CC-9", CODE, false, "未按承诺办理", LocalDate.of(2026, 3, 1),
        "inspector", "CC-9:inspection:1"));

    platform.verify(postRequestedFor(urlEqualTo("/credit/inspection-results"))
        .withHeader("Idempotency-Key", equalTo("CC-9:inspection:1"))
        .withRequestBody(equalToJson("""
            {"caseNumber":"CC-9","subjectCode":"%s","compliant":false,"findings":"未按承诺办理",
             "inspectedOn":"2026-03-01","inspector":"inspector"}""".formatted(CODE))));
  }

  private static final String RECORD_PATH = "/credit/subjects/" + CODE + "/dishonesty-records/7";
  private static final String MARK_PATH = RECORD_PATH + "/objections/YY20260312000007";
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  private static String record(long id, String status, String date, String publicityEnd) {
    return """
        {"id":%d,"subjectCode":"%s","sourceUnit":"汕尾市市场监督管理局","basis":"销售过期食品","domain":"食品安全",
         "date":"%s","publicityStart":"%s","publicityEnd":"%s","status":"%s"}""".formatted(id, CODE, date, date,
        publicityEnd, status);
  }

  @Test
  void aDishonestyRecordIsReadFromTheSubjectsRecords() {
    platform.stubFor(get(RECORD_PATH).willReturn(okJson(record(7, "ACTIVE", "2025-12-01", "2026-12-01"))));

    DishonestyRecord record = adapter(0).dishonestyRecord(CODE, 7).orElseThrow();

    assertThat(record.subjectCode()).isEqualTo(CODE);
    assertThat(record.domain()).isEqualTo("食品安全");
    assertThat(record.publicityEnd()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(record.status()).isEqualTo(DishonestyStatus.ACTIVE);
    platform.verify(getRequestedFor(urlEqualTo(RECORD_PATH)).withHeader("Authorization", equalTo("Bearer secret-token")));
  }

  @Test
  void aRecordTheSubjectDoesNotHaveIsAnAnswerNotAFailure() {
    platform.stubFor(get(RECORD_PATH).willReturn(aResponse().withStatus(404).withBody("{\"error\":\"unknown-record\"}")));
    assertThat(adapter(2).dishonestyRecord(CODE, 7)).isEmpty();
    platform.verify(1, getRequestedFor(urlEqualTo(RECORD_PATH)));
  }

  @Test
  void aRecordOfAnUnknownSubjectIsAnUnknownSubject() {
    platform.stubFor(get(RECORD_PATH).willReturn(aResponse().withStatus(404)
        .withBody("{\"error\":\"unknown-subject\"}")));
    assertThatThrownBy(() -> adapter(2).dishonestyRecord(CODE, 7)).isInstanceOf(UnknownSubjectException.class);
    platform.verify(1, getRequestedFor(urlEqualTo(RECORD_PATH)));
  }

  @Test
  void aRecordAnswerForAnotherRecordFails() {
    platform.stubFor(get(RECORD_PATH).willReturn(okJson(record(8, "ACTIVE", "2025-12-01", "2026-12-01"))));
    assertThatThrownBy(() -> adapter(0).dishonestyRecord(CODE, 7)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining("is record 8");
  }

  @Test
  void aRecordWithoutItsPublicityPeriodFails() {
    platform.stubFor(get(RECORD_PATH).willReturn(okJson("{\"id\":7,\"subjectCode\":\"" + CODE
        + "\",\"sourceUnit\":\"s\",\"basis\":\"b\",\"date\":\"2025-12-01\",\"status\":\"ACTIVE\"}")));
    assertThatThrownBy(() -> adapter(0).dishonestyRecord(CODE, 7)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining("incomplete");
  }

  @Test
  void aRecordLookupRetriesAServerErrorThenFails() {
    platform.stubFor(get(RECORD_PATH).willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> adapter(2).dishonestyRecord(CODE, 7)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining("after 3 attempt(s)").hasMessageContaining("HTTP 503");
    platform.verify(3, getRequestedFor(urlEqualTo(RECORD_PATH)));
  }

  @Test
  void markingUnderObjectionPutsTheObjectionOnTheRecord() {
    platform.stubFor(put(MARK_PATH).willReturn(aResponse().withStatus(204)));

    adapter(0).markUnderObjection(CODE, 7, "YY20260312000007");

    platform.verify(1, putRequestedFor(urlEqualTo(MARK_PATH)).withHeader("Authorization", equalTo("Bearer secret-token")));
  }

  @Test
  void markingARecordThePlatformDoesNotHaveFailsAtOnce() {
    platform.stubFor(put(MARK_PATH).willReturn(aResponse().withStatus(404).withBody("{\"error\":\"unknown-record\"}")));
    assertThatThrownBy(() -> adapter(2).markUnderObjection(CODE, 7, "YY20260312000007"))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("no such record");
    platform.verify(1, putRequestedFor(urlEqualTo(MARK_PATH)));
  }

  @Test
  void markingARecordOfAnUnknownSubjectIsAnUnknownSubject() {
    platform.stubFor(put(MARK_PATH).willReturn(aResponse().withStatus(404).withBody("{\"error\":\"unknown-subject\"}")));
    assertThatThrownBy(() -> adapter(2).markUnderObjection(CODE, 7, "YY20260312000007"))
        .isInstanceOf(UnknownSubjectException.class);
  }

  @Test
  void aRefusedMarkFailsAtOnceWithoutRetry() {
    platform.stubFor(put(MARK_PATH).willReturn(aResponse().withStatus(409).withBody("{\"error\":\"record is EXPIRED\"}")));
    assertThatThrownBy(() -> adapter(2).markUnderObjection(CODE, 7, "YY20260312000007"))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("HTTP 409");
    platform.verify(1, putRequestedFor(urlEqualTo(MARK_PATH)));
  }

  @Test
  void aMarkIsRetriedAfterAServerErrorWithTheSameObjection() {
    platform.stubFor(put(MARK_PATH).inScenario("mark").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
    platform.stubFor(put(MARK_PATH).inScenario("mark").whenScenarioStateIs("up")
        .willReturn(aResponse().withStatus(204)));

    adapter(1).markUnderObjection(CODE, 7, "YY20260312000007");

    platform.verify(2, putRequestedFor(urlEqualTo(MARK_PATH)));
  }

  @Test
  void withdrawingAMarkDeletesTheObjectionFromTheRecord() {
    platform.stubFor(delete(MARK_PATH).willReturn(aResponse().withStatus(204)));

    adapter(0).withdrawObjectionMark(CODE, 7, "YY20260312000007");

    platform.verify(1, deleteRequestedFor(urlEqualTo(MARK_PATH)));
  }

  @Test
  void withdrawingAMarkOfAnUnknownSubjectIsAnUnknownSubject() {
    platform.stubFor(delete(MARK_PATH).willReturn(aResponse().withStatus(404)
        .withBody("{\"error\":\"unknown-subject\"}")));
    assertThatThrownBy(() -> adapter(2).withdrawObjectionMark(CODE, 7, "YY20260312000007"))
        .isInstanceOf(UnknownSubjectException.class);
    platform.verify(1, deleteRequestedFor(urlEqualTo(MARK_PATH)));
  }

  @Test
  void withdrawingAMarkRetriesAServerErrorThenFails() {
    platform.stubFor(delete(MARK_PATH).willReturn(aResponse().withStatus(500)));
    assertThatThrownBy(() -> adapter(1).withdrawObjectionMark(CODE, 7, "YY20260312000007"))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("after 2 attempt(s)");
    platform.verify(2, deleteRequestedFor(urlEqualTo(MARK_PATH)));
  }

  private static final String PENALTIES_PATH = "/credit/subjects/" + CODE + "/penalties";

  @Test
  void thePenaltiesOfAPeriodAreAskedForWithTheirFieldsAndWhetherPerformed() {
    platform.stubFor(get(urlPathEqualTo(PENALTIES_PATH)).willReturn(okJson("""
        {"penalties":[
          {"id":3,"decisionNumber":"汕市监罚〔2025〕18号","description":"罚款二万元","field":"市场监管",
           "decidedOn":"2025-10-01","performed":false},
          {"id":4,"decisionNumber":"汕应急罚〔2024〕2号","description":"罚款一万元","field":null,
           "decidedOn":"2024-05-01","performed":true}]}
        """)));

    assertThat(adapter(0).penalties(CODE, LocalDate.of(2023, 3, 3), DAY)).containsExactly(
        new AdministrativePenalty(3, "汕市监罚〔2025〕18号", "罚款二万元", "市场监管", LocalDate.of(2025, 10, 1), false),
        new AdministrativePenalty(4, "汕应急罚〔2024〕2号", "罚款一万元", null, LocalDate.of(2024, 5, 1), true));
    platform.verify(getRequestedFor(urlEqualTo(PENALTIES_PATH + "?decidedFrom=2023-03-03&decidedTo=" + DAY)));
  }

  @Test
  void aPenaltiesAnswerOutsideThePeriodOrIncompleteFailsRatherThanAttestingAnything() {
    platform.stubFor(get(urlPathEqualTo(PENALTIES_PATH)).willReturn(okJson("""
        {"penalties":[{"id":3,"decisionNumber":"汕市监罚〔2019〕1号","description":"罚款","field":"市场监管",
          "decidedOn":"2019-10-01","performed":true}]}""")));
    assertThatThrownBy(() -> adapter(0).penalties(CODE, LocalDate.of(2023, 3, 3), DAY))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("penalty 3").hasMessageContaining("not asked");
    platform.stubFor(get(urlPathEqualTo(PENALTIES_PATH)).willReturn(okJson("{\"penalties\":[{\"id\":3}]}")));
    assertThatThrownBy(() -> adapter(0).penalties(CODE, LocalDate.of(2023, 3, 3), DAY))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("incomplete penalty");
    platform.stubFor(get(urlPathEqualTo(PENALTIES_PATH)).willReturn(okJson("{}")));
    assertThatThrownBy(() -> adapter(0).penalties(CODE, LocalDate.of(2023, 3, 3), DAY))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("no penalties list");
  }

  @Test
  void thePenaltiesOfAnUnknownSubjectAreAnUnknownSubject() {
    platform.stubFor(get(urlPathEqualTo(PENALTIES_PATH)).willReturn(aResponse().withStatus(404)
        .withBody("{\"error\":\"unknown-subject\"}")));
    assertThatThrownBy(() -> adapter(0).penalties(CODE, LocalDate.of(2023, 3, 3), DAY))
        .isInstanceOf(UnknownSubjectException.class);
  }

  @Test
  void recordsDueToLeavePublicityAreAskedForWithTheDay() {
    platform.stubFor(get(urlPathEqualTo("/credit/dishonesty-records")).willReturn(okJson("{\"records\":["
        + record(7, "ACTIVE", "2025-01-02", "2026-02-28") + "]}")));

    assertThat(adapter(0).recordsWithPublicityEndedBefore(DAY)).extracting(DishonestyRecord::id).containsExactly(7L);

    platform.verify(getRequestedFor(urlEqualTo("/credit/dishonesty-records?publicityEndedBefore=2026-03-01")));
  }

  @Test
  void aPublicityAnswerHoldingARecordNotYetDueFailsRatherThanEndingIt() {
    platform.stubFor(get(urlPathEqualTo("/credit/dishonesty-records")).willReturn(okJson("{\"records\":["
        + record(7, "ACTIVE", "2025-01-02", "2026-02-28") + "," + record(8, "ACTIVE", "2025-01-02", "2026-03-01")
        + "]}")));
    assertThatThrownBy(() -> adapter(0).recordsWithPublicityEndedBefore(DAY))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("record 8").hasMessageContaining("not asked");
  }

  @Test
  void aPublicityAnswerHoldingARecordNoLongerActiveFails() {
    platform.stubFor(get(urlPathEqualTo("/credit/dishonesty-records")).willReturn(okJson("{\"records\":["
        + record(7, "EXPIRED", "2025-01-02", "2026-02-28") + "]}")));
    assertThatThrownBy(() -> adapter(0).recordsWithPublicityEndedBefore(DAY))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("not asked");
  }

  @Test
  void recordsSinceADayAreAskedForWithTheDay() {
    platform.stubFor(get(urlPathEqualTo("/credit/dishonesty-records")).willReturn(okJson("{\"records\":["
        + record(7, "ACTIVE", "2026-03-01", "2027-03-01") + "," + record(9, "REVOKED", "2026-03-02", "2027-03-02")
        + "]}")));

    assertThat(adapter(0).recordsSince(DAY)).extracting(DishonestyRecord::id).containsExactly(7L, 9L);

    platform.verify(getRequestedFor(urlEqualTo("/credit/dishonesty-records?recordedSince=2026-03-01")));
  }

  @Test
  void aRecordsSinceAnswerHoldingAnOlderRecordFails() {
    platform.stubFor(get(urlPathEqualTo("/credit/dishonesty-records")).willReturn(okJson("{\"records\":["
        + record(7, "ACTIVE", "2026-02-28", "2027-02-28") + "]}")));
    assertThatThrownBy(() -> adapter(0).recordsSince(DAY)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining("not asked");
  }

  @Test
  void aListingWithoutItsRecordsFails() {
    platform.stubFor(get(urlPathEqualTo("/credit/dishonesty-records")).willReturn(okJson("{}")));
    assertThatThrownBy(() -> adapter(0).recordsSince(DAY)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining("no records list");
  }

  @Test
  void aListingRetriesAServerErrorThenFails() {
    platform.stubFor(get(urlPathEqualTo("/credit/dishonesty-records")).willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> adapter(2).recordsWithPublicityEndedBefore(DAY))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("after 3 attempt(s)");
    platform.verify(3, getRequestedFor(urlPathEqualTo("/credit/dishonesty-records")));
  }

  @Test
  void aListingAnswered404IsARefusalNotAnEmptyList() {
    platform.stubFor(get(urlPathEqualTo("/credit/dishonesty-records")).willReturn(aResponse().withStatus(404)));
    assertThatThrownBy(() -> adapter(2).recordsSince(DAY)).isInstanceOf(CreditPlatformException.class)
        .hasMessageContaining("HTTP 404");
    platform.verify(1, getRequestedFor(urlPathEqualTo("/credit/dishonesty-records")));
  }

  @Test
  void aMissingBaseUrlIsAConfigurationError() {
    assertThatThrownBy(() -> new HttpCreditPlatform(new CreditProperties.Http(URI.create(""), null, null, null, null,
        null), Clock.systemUTC())).isInstanceOf(IllegalStateException.class).hasMessageContaining("base-url");
  }
}
