package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.objection.CreditFileDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Free text is kept as written and shown escaped, so markup is allowed in it; a right-to-left override or a
 * control character is not: a request otherwise valid is refused with 400 {@code invalid-text} naming the field,
 * and nothing changes.
 */
class FreeTextRequestsTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired LifecycleDriver driver;
  @Autowired CreditFileDriver creditFile;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aWithdrawalReasonWithARightToLeftOverrideIsRefusedAndTheCaseGoesOn() {
    CaseRecord c = driver.apply(driver.subject("AA"), "SCJG-SP-001", CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);

    HttpResponse<String> refused = http.post("/api/cases/" + c.caseNo() + "/withdrawal", "portal",
        JSON.createObjectNode().put("reason", "暂不经营\u202e营经不暂").toString());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("invalid-text", "reason", "messageZh", "messageEn");
    assertThat(driver.reload(c).endState()).isNull();
    assertThat(driver.task(c, "Task_AwaitSignature")).as("still waiting for the signature").isNotNull();

    HttpResponse<String> withMarkup = http.post("/api/cases/" + c.caseNo() + "/withdrawal", "portal",
        JSON.createObjectNode().put("reason", "<b>暂不经营</b>\n另行申请").toString());
    assertThat(withMarkup.statusCode()).as("markup and line breaks are free text: " + withMarkup.body())
        .isEqualTo(204);
  }

  @Test
  void anObjectionReasonWithARightToLeftOverrideOrAnEvidenceItemWithNulIsRefusedAndTheRecordIsUntouched() {
    String code = creditFile.subject();
    long record = creditFile.record(code);
    ObjectNode objection = JSON.createObjectNode().put("subjectCode", code).put("recordId", record)
        .put("reason", "记录有误\u202e误有录记");
    objection.putArray("evidence").add("缴款凭证");
    ObjectNode badEvidence = JSON.createObjectNode().put("subjectCode", code).put("recordId", record)
        .put("reason", "记录有误");
    badEvidence.putArray("evidence").add("缴款凭证").add("凭证\u0000");

    HttpResponse<String> byReason = http.post("/api/objections", "portal", objection.toString());
    HttpResponse<String> byEvidence = http.post("/api/objections", "portal", badEvidence.toString());

    assertThat(byReason.statusCode()).as(byReason.body()).isEqualTo(400);
    assertThat(byReason.body()).contains("invalid-text", "reason");
    assertThat(byEvidence.statusCode()).as(byEvidence.body()).isEqualTo(400);
    assertThat(byEvidence.body()).contains("invalid-text", "evidence[1]");
    assertThat(jdbc.queryForObject("select count(*) from credit_objection where subject_code = ?", Integer.class, code))
        .isZero();
    assertThat(creditFile.reload(record).status()).isEqualTo(DishonestyStatus.ACTIVE);
  }

  @Test
  void aSubjectNameWithMarkupOrAReminderReasonWithABidiIsolateIsRefused() {
    String code = creditFile.subject();
    HttpResponse<String> rename = http.put("/api/subjects/" + code, "credit-office",
        JSON.createObjectNode().put("name", "<img src=x onerror=alert(1)>有限公司").toString());
    HttpResponse<String> reminder = http.post("/api/negative-reminders", "credit-office",
        JSON.createObjectNode().put("subjectCode", code).put("reason", "多次\u2066投诉\u2069").toString());

    assertThat(rename.statusCode()).as(rename.body()).isEqualTo(400);
    assertThat(rename.body()).contains("invalid-text", "name");
    assertThat(reminder.statusCode()).as(reminder.body()).isEqualTo(400);
    assertThat(reminder.body()).contains("invalid-text", "reason");
    assertThat(creditFile.registry.profile(code).name()).doesNotContain("<img");
    assertThat(jdbc.queryForObject("select count(*) from negative_reminder where subject_code = ?", Integer.class, code))
        .isZero();
  }
}
