package org.creditcommitment.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A pushed record's subject code and payload are stored encrypted, read as received by the case's history, and a
 * retried push is still recognised; records stored in plain text before are encrypted at start.
 */
class PushedRecordsTest extends IntegrationTest {

  // the embedded adapter itself, not the test context's @Primary wrapper
  @Autowired @Qualifier("creditPlatform") CreditPlatform platform;
  @Autowired PushedRecords pushedRecords;
  @Autowired JdbcTemplate jdbc;

  private static String caseNo() {
    return "PUSH-" + System.nanoTime();
  }

  private CreditRecord commitmentPush(String subjectCode, String caseNo, String correctedCode) {
    return new CreditRecord(CreditRecordType.COMMITMENT, subjectCode, caseNo, Map.of("caseNo", caseNo,
        "correctedSubjectCode", correctedCode, "reason", "身份证号码录入错误"), caseNo + ":commitment");
  }

  private Map<String, Object> stored(String key) {
    return jdbc.queryForMap("select subject_code, payload from credit_pushed_record where idempotency_key = ?", key);
  }

  @Test
  void aPushedRecordsSubjectCodeAndPayloadAreNotStoredInPlainTextButReadAsReceived() {
    String person = TestCodes.residentId();
    String corrected = TestCodes.residentId();
    String caseNo = caseNo();

    PushReceipt receipt = platform.push(commitmentPush(person, caseNo, corrected));

    Map<String, Object> stored = stored(caseNo + ":commitment");
    assertThat(stored.get("subject_code").toString()).startsWith("enc1:").doesNotContain(person);
    assertThat(stored.get("payload").toString()).startsWith("enc1:").doesNotContain(corrected)
        .doesNotContain("身份证号码录入错误");
    assertThat(pushedRecords.of(caseNo)).singleElement().satisfies(push -> {
      assertThat(push.subjectCode()).isEqualTo(person);
      assertThat(push.payload()).contains("\"correctedSubjectCode\":\"" + corrected + "\"", "身份证号码录入错误");
      assertThat(push.platformRecordId()).isEqualTo(receipt.recordId());
    });
    assertThat(pushedRecords.payload(caseNo + ":commitment")).contains(corrected);
  }

  @Test
  void aRetriedPushIsRecognisedAndAKeyUsedForAnotherSubjectIsStillRefused() {
    String person = TestCodes.residentId();
    String caseNo = caseNo();
    PushReceipt first = platform.push(commitmentPush(person, caseNo, TestCodes.residentId()));

    PushReceipt retry = platform.push(commitmentPush(person, caseNo, TestCodes.residentId()));

    assertThat(retry.duplicate()).isTrue();
    assertThat(retry.recordId()).isEqualTo(first.recordId());
    assertThat(jdbc.queryForObject("select count(*) from credit_pushed_record where idempotency_key = ?",
        Integer.class, caseNo + ":commitment")).isOne();
    assertThatThrownBy(() -> platform.push(commitmentPush(TestCodes.residentId(), caseNo, person)))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("already used");
  }

  @Test
  void aRecordPushedInPlainTextBeforeIsEncryptedAtStartAndStillReadAndRecognised() {
    String person = TestCodes.residentId();
    String caseNo = caseNo();
    String key = caseNo + ":commitment";
    String payload = "{\"caseNo\":\"" + caseNo + "\",\"correctedSubjectCode\":\"" + person + "\"}";
    jdbc.update("insert into credit_pushed_record (idempotency_key, record_type, subject_code, reference, payload,"
        + " platform_record_id, received_at) values (?, 'COMMITMENT', ?, ?, ?, ?, ?)", key, person, caseNo, payload,
        "commitment-earlier", OffsetDateTime.now(clock));
    assertThat(pushedRecords.of(caseNo)).as("read as it is until the start-up step").singleElement()
        .satisfies(push -> assertThat(push.payload()).isEqualTo(payload));

    assertThat(pushedRecords.protectPersonalData()).isGreaterThanOrEqualTo(2);

    Map<String, Object> stored = stored(key);
    assertThat(stored.get("subject_code").toString()).startsWith("enc1:");
    assertThat(stored.get("payload").toString()).startsWith("enc1:").doesNotContain(person);
    assertThat(pushedRecords.of(caseNo)).singleElement().satisfies(push -> {
      assertThat(push.subjectCode()).isEqualTo(person);
      assertThat(push.payload()).isEqualTo(payload);
    });
    PushReceipt retry = platform.push(commitmentPush(person, caseNo, person));
    assertThat(retry.duplicate()).isTrue();
    assertThat(retry.recordId()).isEqualTo("commitment-earlier");
    assertThat(pushedRecords.protectPersonalData()).as("a second start changes nothing of these").isZero();
  }
}
