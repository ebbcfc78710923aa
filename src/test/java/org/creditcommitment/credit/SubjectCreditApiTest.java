package org.creditcommitment.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SubjectCreditApiTest extends IntegrationTest {

  private static final String OFFICE = "credit-office";

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  org.creditcommitment.audit.AuditEvents audit;

  private String created() {
    String code = TestCodes.uscc();
    HttpResponse<String> response = http.post("/api/subjects", OFFICE,
        "{\"code\":\"" + code + "\",\"name\":\"汕尾市接口测试有限公司\",\"email\":\"api@example.org\",\"grade\":\"A\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return code;
  }

  private int subjects(String code) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM credit_subject WHERE code = ?", Integer.class, code);
  }

  private int auditEvents(String code) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE ref = ?", Integer.class, code);
  }

  @Test
  void clerksAuditorsAndTheCreditOfficeReadProfilesWithPersonalDataAsStored() {
    for (String user : new String[] {"clerk", "auditor", OFFICE}) {
      HttpResponse<String> response = http.get("/api/subjects/441502199003151239/credit?purpose=review", user);
      assertThat(response.statusCode()).as(user).isEqualTo(200);
      assertThat(response.body()).contains("\"name\":\"张伟\"").contains("\"grade\":\"AA\"")
          .contains("\"subjectType\":\"NATURAL\"").contains("\"source\":\"embedded\"").contains("\"queriedAt\"");
    }
    assertThat(http.get("/api/subjects/441502199003151239/credit?purpose=review", "approver").statusCode()).isEqualTo(403);
  }

  @Test
  void anInvalidCodeIsA400InBothLanguages() {
    HttpResponse<String> response = http.get("/api/subjects/91350100M0001TGQXM/credit?purpose=review", "clerk");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("invalid-subject-code").contains("校验位错误").contains("check character");

    assertThat(http.get("/api/subjects/91441500ma4uh0aa1g/credit?purpose=review", "clerk").body()).contains("小写");
    assertThat(http.get("/api/subjects/110105199902300017/credit?purpose=review", "clerk").statusCode()).isEqualTo(400);
  }

  @Test
  void anUnknownValidCodeIsA404() {
    HttpResponse<String> response = http.get("/api/subjects/" + TestCodes.uscc() + "/credit?purpose=review", "clerk");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("unknown-subject").contains("messageZh");
  }

  @Test
  void theCreditOfficeCreatesASubjectAndItIsAudited() {
    String code = TestCodes.residentId();
    HttpResponse<String> response = http.post("/api/subjects", OFFICE,
        "{\"code\":\"" + code + "\",\"name\":\"司马明\",\"subjectType\":\"NATURAL\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.body()).contains("\"subjectType\":\"NATURAL\"").contains("\"grade\":null");
    assertThat(audit.of(code)).as("found by the ID number (stored as its keyed index)").singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo(OFFICE));
  }

  @Test
  void refusedCreationsWriteNothing() {
    String code = TestCodes.uscc();
    assertThat(http.post("/api/subjects", OFFICE, "{\"code\":\"" + code + "\",\"name\":\"x\",\"grade\":\"优\"}")
        .statusCode()).isEqualTo(400);
    assertThat(http.post("/api/subjects", OFFICE, "{\"code\":\"" + code + "\",\"name\":\"x\",\"email\":\"not-mail\"}")
        .statusCode()).isEqualTo(400);
    assertThat(http.post("/api/subjects", OFFICE, "{\"code\":\"" + code + "\",\"name\":\" \"}").statusCode())
        .isEqualTo(400);
    assertThat(http.post("/api/subjects", OFFICE, "{\"code\":\"" + code + "\",\"name\":\"x\",\"subjectType\":\"NATURAL\"}")
        .body()).contains("subject-type-mismatch");
    assertThat(http.post("/api/subjects", OFFICE, "{\"code\":\"" + code.toLowerCase() + "\",\"name\":\"x\"}")
        .statusCode()).isEqualTo(400);
    assertThat(http.post("/api/subjects", "clerk", "{\"code\":\"" + code + "\",\"name\":\"x\"}").statusCode())
        .isEqualTo(403);
    assertThat(http.post("/api/subjects", "auditor", "{\"code\":\"" + code + "\",\"name\":\"x\"}").statusCode())
        .isEqualTo(403);
    assertThat(subjects(code)).isZero();
    assertThat(auditEvents(code)).isZero();
  }

  @Test
  void aSubjectCannotBeCreatedTwice() {
    String code = created();
    assertThat(http.post("/api/subjects", OFFICE, "{\"code\":\"" + code + "\",\"name\":\"x\"}").statusCode())
        .isEqualTo(409);
    assertThat(auditEvents(code)).isEqualTo(1);
  }

  @Test
  void theCreditOfficeMaintainsGradeListsAndData() {
    String code = created();

    assertThat(http.put("/api/subjects/" + code, OFFICE, "{\"name\":\"汕尾市新名称有限公司\",\"email\":\"new@example.org\"}")
        .body()).contains("汕尾市新名称有限公司").contains("new@example.org");
    assertThat(http.put("/api/subjects/" + code + "/grade", OFFICE, "{\"grade\":\"AAA\"}").body())
        .contains("\"grade\":\"AAA\"");
    assertThat(http.put("/api/subjects/" + code + "/blacklist", OFFICE, "{\"blacklisted\":true,\"basis\":\"严重违法\"}")
        .body()).contains("\"blacklisted\":true").contains("严重违法");
    assertThat(http.put("/api/subjects/" + code + "/red-list", OFFICE, "{\"redListed\":true}").body())
        .contains("\"redListed\":true");

    assertThat(jdbc.queryForList("SELECT type FROM audit_event WHERE ref = ? ORDER BY id", String.class, code))
        .containsExactly("credit.subject-created", "credit.subject-updated", "credit.grade-set",
            "credit.blacklist-set", "credit.red-list-set");
  }

  @Test
  void refusedChangesWriteNothing() {
    String code = created();
    assertThat(http.put("/api/subjects/" + code + "/grade", OFFICE, "{\"grade\":\"E\"}").statusCode()).isEqualTo(400);
    assertThat(http.put("/api/subjects/" + code + "/grade", OFFICE, "{}").statusCode()).isEqualTo(400);
    assertThat(http.put("/api/subjects/" + code + "/blacklist", OFFICE, "{\"blacklisted\":true}").statusCode())
        .isEqualTo(400);
    assertThat(http.put("/api/subjects/" + code + "/red-list", OFFICE, "{\"redListed\":\"yes\"}").statusCode())
        .isEqualTo(400);
    assertThat(http.put("/api/subjects/" + TestCodes.uscc() + "/grade", OFFICE, "{\"grade\":\"A\"}").statusCode())
        .isEqualTo(404);
    assertThat(http.put("/api/subjects/" + code + "/grade", "clerk", "{\"grade\":\"AAA\"}").statusCode()).isEqualTo(403);
    assertThat(auditEvents(code)).isEqualTo(1);
  }

  @Test
  void dishonestyRecordsAreAddedAndTheirStatusChanged() {
    String code = created();
    HttpResponse<String> added = http.post("/api/subjects/" + code + "/dishonesty-records", OFFICE, """
        {"sourceUnit":"汕尾市市场监督管理局","basis":"承诺不实","domain":"食品安全","date":"2026-01-10",
         "publicityEnd":"2027-01-10"}""");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    String id = added.body().replaceAll(".*\"id\":(\\d+).*", "$1");

    HttpResponse<String> changed = http.put("/api/subjects/" + code + "/dishonesty-records/" + id + "/status", OFFICE,
        "{\"status\":\"UNDER_OBJECTION\",\"reason\":\"主体提出异议\"}");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(http.get("/api/subjects/" + code + "/credit?purpose=review", "clerk").body()).contains("UNDER_OBJECTION")
        .contains("\"publicityStart\":\"2026-01-10\"");
  }

  @Test
  void aDishonestyRecordWithAnImpossiblePublicityPeriodIsRefused() {
    String code = created();
    HttpResponse<String> response = http.post("/api/subjects/" + code + "/dishonesty-records", OFFICE, """
        {"sourceUnit":"单位","basis":"依据","date":"2026-01-10","publicityEnd":"2025-01-10"}""");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(http.post("/api/subjects/" + code + "/dishonesty-records", OFFICE, "{\"sourceUnit\":\"单位\"}")
        .statusCode()).isEqualTo(400);
    assertThat(http.put("/api/subjects/" + code + "/dishonesty-records/999999999/status", OFFICE,
        "{\"status\":\"REVOKED\",\"reason\":\"r\"}").statusCode()).isEqualTo(404);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_dishonesty_record r JOIN credit_subject s"
        + " ON s.id = r.subject_id WHERE s.code = ?", Integer.class, code)).isZero();
  }

  @Test
  void aRegisteredChecksumExceptionAndNothingElseLetsAFailingCodeThrough() {
    String code = TestCodes.usccWithWrongCheck();
    String subject = "{\"code\":\"" + code + "\",\"name\":\"汕尾市早期登记有限公司\"}";
    assertThat(http.post("/api/subjects", OFFICE, subject).statusCode()).isEqualTo(400);

    HttpResponse<String> registered = http.post("/api/checksum-exceptions", OFFICE,
        "{\"code\":\"" + code + "\",\"reason\":\"早期赋码，经登记机关核实\"}");

    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    assertThat(registered.body()).contains("\"checksumException\":true");
    assertThat(http.post("/api/subjects", OFFICE, subject).statusCode()).isEqualTo(201);
    assertThat(http.get("/api/subjects/" + code + "/credit?purpose=review", "clerk").statusCode()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE ref = ? AND type = ?", Integer.class, code,
        "subject.checksum-exception-registered")).isEqualTo(1);
  }

  @Test
  void checksumExceptionsAreOnlyForWellFormedFailingCodes() {
    String body = "{\"code\":\"%s\",\"reason\":\"r\"}";
    String failing = TestCodes.usccWithWrongCheck();
    assertThat(http.post("/api/checksum-exceptions", OFFICE, body.formatted(TestCodes.uscc())).statusCode())
        .isEqualTo(409);
    assertThat(http.post("/api/checksum-exceptions", OFFICE, body.formatted("91441500MA4UH0AA1")).statusCode())
        .isEqualTo(400);
    assertThat(http.post("/api/checksum-exceptions", OFFICE, body.formatted(failing.toLowerCase())).statusCode())
        .isEqualTo(400);
    assertThat(http.post("/api/checksum-exceptions", "clerk", body.formatted(failing)).statusCode()).isEqualTo(403);
    assertThat(http.post("/api/checksum-exceptions", OFFICE, body.formatted(failing)).statusCode()).isEqualTo(201);
    assertThat(http.post("/api/checksum-exceptions", OFFICE, body.formatted(failing)).statusCode()).isEqualTo(409);
  }
}
