package org.creditcommitment.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.creditcommitment.FlakyCreditPlatform;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.objection.CreditFileDriver;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Filing objections and repairs over REST: refusals are clear 4xx problems and write nothing. */
class ObjectionRepairApiTest extends IntegrationTest {

  @Autowired CreditFileDriver driver;
  @Autowired JdbcTemplate jdbc;
  @Autowired FlakyCreditPlatform platform;

  private static String objection(String code, long recordId) {
    return "{\"subjectCode\":\"" + code + "\",\"recordId\":" + recordId
        + ",\"reason\":\"处罚决定已撤销\",\"evidence\":[\"复议决定书\"]}";
  }

  private String repair(String code, long recordId, boolean obligationsFulfilled) {
    return driver.repairJson(code, recordId, obligationsFulfilled);
  }

  private int rows(String table, String code) {
    return jdbc.queryForObject("select count(*) from " + table + " where subject_code = ?", Integer.class, code);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains(code);
  }

  @Test
  void objectionFiledByThePortalIsCreatedAndTheRecordShowsUnderObjection() {
    String code = driver.subject();
    long recordId = driver.record(code);
    HttpResponse<String> response = http.post("/api/objections", "portal", objection(code, recordId));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.body()).contains("\"objectionNo\":\"YY").contains("processInstanceId");
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/objections/YY"));
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.UNDER_OBJECTION);
    assertThat(http.get("/api/subjects/" + code + "/credit?purpose=objection", "clerk").body()).contains("UNDER_OBJECTION");
  }

  @Test
  void anObjectionWhoseMarkThePlatformFailsIsNotFiledAndMayBeFiledAgain() {
    String code = driver.subject();
    long recordId = driver.record(code);
    platform.failNext("markUnderObjection", 1);
    try {
      assertProblem(http.post("/api/objections", "portal", objection(code, recordId)), 502, "credit-platform-failed");
    } finally {
      platform.heal();
    }
    assertThat(rows("credit_objection", code)).as("the objection row rolled back with the failed mark").isZero();
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
    assertThat(http.post("/api/objections", "portal", objection(code, recordId)).statusCode()).isEqualTo(201);
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.UNDER_OBJECTION);
  }

  @Test
  void objectionToAnUnknownRecordIsNotFoundAndWritesNothing() {
    String code = driver.subject();
    assertProblem(http.post("/api/objections", "portal", objection(code, 999_999_999L)), 404,
        "unknown-dishonesty-record");
    assertThat(rows("credit_objection", code)).isZero();
  }

  @Test
  void objectionToAnotherSubjectsRecordIsNotFoundAndChangesNothing() {
    String owner = driver.subject();
    long recordId = driver.record(owner);
    String other = driver.subject();
    assertProblem(http.post("/api/objections", "clerk", objection(other, recordId)), 404, "unknown-dishonesty-record");
    assertThat(rows("credit_objection", other)).isZero();
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
  }

  @Test
  void objectionWithAnInvalidCodeOrNoReasonIsABadRequest() {
    assertProblem(http.post("/api/objections", "portal", objection(TestCodes.usccWithWrongCheck(), 1)), 400,
        "invalid-subject-code");
    String code = driver.subject();
    assertThat(http.post("/api/objections", "portal", "{\"subjectCode\":\"" + code + "\",\"recordId\":1}")
        .statusCode()).isEqualTo(400);
    assertThat(rows("credit_objection", code)).isZero();
  }

  @Test
  void secondObjectionToTheSameRecordIsAConflict() {
    String code = driver.subject();
    long recordId = driver.record(code);
    assertThat(http.post("/api/objections", "portal", objection(code, recordId)).statusCode()).isEqualTo(201);
    assertProblem(http.post("/api/objections", "portal", objection(code, recordId)), 409, "record-under-objection");
    assertThat(rows("credit_objection", code)).isEqualTo(1);
  }

  @Test
  void onlyPortalClerkAndCreditOfficeMayFile() {
    String code = driver.subject();
    long recordId = driver.record(code);
    assertThat(http.post("/api/objections", "provider", objection(code, recordId)).statusCode()).isEqualTo(403);
    assertThat(http.post("/api/repairs", "approver", repair(code, recordId, true)).statusCode()).isEqualTo(403);
    assertThat(rows("credit_objection", code) + rows("credit_repair", code)).isZero();
  }

  @Test
  void repairIsCreatedOnceAndASecondOpenRepairOfTheRecordIsAConflict() {
    String code = driver.subject();
    long recordId = driver.record(code);
    HttpResponse<String> first = http.post("/api/repairs", "portal", repair(code, recordId, true));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.body()).contains("\"repairNo\":\"XF");
    assertProblem(http.post("/api/repairs", "clerk", repair(code, recordId, true)), 409, "repair-already-open");
    assertThat(rows("credit_repair", code)).isEqualTo(1);
    // and an objection must wait for the repair to end
    assertProblem(http.post("/api/objections", "portal", objection(code, recordId)), 409, "record-under-repair");
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
  }

  @Test
  void recordUnderObjectionCannotBeRepairedUntilTheObjectionEnds() {
    String code = driver.subject();
    long recordId = driver.record(code);
    assertThat(http.post("/api/objections", "portal", objection(code, recordId)).statusCode()).isEqualTo(201);
    assertProblem(http.post("/api/repairs", "portal", repair(code, recordId, true)), 409, "record-under-objection");
    assertThat(rows("credit_repair", code)).isZero();
  }

  @Test
  void repairOfAnotherSubjectsRecordOrWithoutFulfilledObligationsIsRefused() {
    String owner = driver.subject();
    long recordId = driver.record(owner);
    String other = driver.subject();
    assertProblem(http.post("/api/repairs", "portal", repair(other, recordId, true)), 404, "unknown-dishonesty-record");
    assertProblem(http.post("/api/repairs", "portal", repair(owner, recordId, false)), 400, "obligations-not-fulfilled");
    assertProblem(http.post("/api/repairs", "portal", repair(owner, 999_999_999L, true)), 404,
        "unknown-dishonesty-record");
    assertThat(rows("credit_repair", owner) + rows("credit_repair", other)).isZero();
  }

  @Test
  void supplementWhenNotAskedForIsAConflictAndForAnUnknownRepairNotFound() {
    String code = driver.subject();
    long recordId = driver.record(code);
    HttpResponse<String> filed = http.post("/api/repairs", "portal", repair(code, recordId, true));
    String repairNo = filed.body().replaceAll(".*\"repairNo\":\"([A-Z0-9]+)\".*", "$1");
    assertProblem(http.post("/api/repairs/" + repairNo + "/supplement", "portal", "{\"evidence\":[\"说明\"]}"), 409,
        "not-waiting");
    assertProblem(http.post("/api/repairs/XF0000000000000/supplement", "portal", "{\"evidence\":[\"说明\"]}"), 404,
        "unknown-repair");
    assertThat(http.get("/api/repairs/" + repairNo, "auditor").body()).contains(repairNo).contains("罚款缴纳凭证");
  }
}
