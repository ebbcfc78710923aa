package org.creditcommitment.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.creditcommitment.FlakyCreditPlatform;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.credit.DishonestyStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node that dies after the credit platform marked a record under objection and before the objection committed
 * leaves the mark without an objection: the record could be neither objected to nor repaired. The filing notes
 * every mark it asks for; the reconciliation takes back the marks whose objection never came.
 */
class PendingObjectionMarksTest extends IntegrationTest {

  @Autowired CreditFileDriver driver;
  @Autowired PendingObjectionMarks pendingMarks;
  @Autowired FlakyCreditPlatform platform;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClockAndPlatform() {
    clock.reset();
    platform.heal();
  }

  @Test
  void aMarkWhoseObjectionNeverCommittedIsTakenBackOnceTheFilingCannotBeRunningAnyMore() {
    String code = driver.subject();
    long recordId = driver.record(code);
    diedAfterTheMark("YY-DIED-1", code, recordId);

    pendingMarks.reconcile();
    assertThat(driver.reload(recordId).status()).as("a filing may still be running on another node")
        .isEqualTo(DishonestyStatus.UNDER_OBJECTION);
    assertThat(pending("YY-DIED-1")).isEqualTo(1);

    clock.advance(PendingObjectionMarks.GRACE.plus(Duration.ofMinutes(1)));
    assertThat(pendingMarks.reconcile()).isPositive();
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
    assertThat(pending("YY-DIED-1")).isZero();
    assertThat(jdbc.queryForObject("select count(*) from audit_event where ref = ? and type = ?", Integer.class,
        "YY-DIED-1", "objection.mark-withdrawn")).isEqualTo(1);
    assertThat(http.post("/api/objections", "portal", objection(code, recordId)).statusCode())
        .as("the record may be objected to again").isEqualTo(201);
  }

  @Test
  void aPlatformThatCannotTakeTheMarkBackKeepsTheNoteForTheNextRun() {
    String code = driver.subject();
    long recordId = driver.record(code);
    diedAfterTheMark("YY-DIED-2", code, recordId);
    clock.advance(PendingObjectionMarks.GRACE.plus(Duration.ofMinutes(1)));

    platform.failNext("withdrawObjectionMark", Integer.MAX_VALUE);
    pendingMarks.reconcile();
    assertThat(pending("YY-DIED-2")).isEqualTo(1);
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.UNDER_OBJECTION);

    platform.heal();
    pendingMarks.reconcile();
    assertThat(pending("YY-DIED-2")).isZero();
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
  }

  @Test
  void aNoteLeftBehindNeverLiftsTheMarkOfAnObjectionFiledSince() {
    String code = driver.subject();
    long recordId = driver.record(code);
    pendingMarks.note("YY-DIED-3", code, recordId); // died before the platform was even asked
    assertThat(http.post("/api/objections", "portal", objection(code, recordId)).statusCode()).isEqualTo(201);

    clock.advance(PendingObjectionMarks.GRACE.plus(Duration.ofMinutes(1)));
    pendingMarks.reconcile();
    assertThat(driver.reload(recordId).status()).as("the filed objection's mark").isEqualTo(
        DishonestyStatus.UNDER_OBJECTION);
    assertThat(pending("YY-DIED-3")).isZero();
  }

  @Test
  void aFiledObjectionAndOneThePlatformRefusedLeaveNoNote() {
    String code = driver.subject();
    long recordId = driver.record(code);
    platform.failNext("markUnderObjection", 1);
    assertThat(http.post("/api/objections", "portal", objection(code, recordId)).statusCode()).isEqualTo(502);
    platform.heal();
    assertThat(http.post("/api/objections", "portal", objection(code, recordId)).statusCode()).isEqualTo(201);
    assertThat(jdbc.queryForObject("select count(*) from objection_mark_pending where subject_code = ?",
        Integer.class, code)).isZero();
  }

  @Test
  void aNaturalPersonsIdNumberInANoteIsStoredEncryptedAndANoteLeftInPlainTextIsEncryptedAtStartAndStillTakenBack() {
    String code = driver.person();
    long recordId = driver.record(code);
    diedAfterTheMark("YY-DIED-4", code, recordId);
    assertThat(storedCode("YY-DIED-4")).startsWith("enc1:SM4-GCM:").doesNotContain(code);

    // as a note was left before ID numbers were encrypted
    jdbc.update("update objection_mark_pending set subject_code = ? where objection_no = ?", code, "YY-DIED-4");
    pendingMarks.protectPersonalData();
    assertThat(storedCode("YY-DIED-4")).startsWith("enc1:SM4-GCM:").doesNotContain(code);

    clock.advance(PendingObjectionMarks.GRACE.plus(Duration.ofMinutes(1)));
    pendingMarks.reconcile();
    assertThat(pending("YY-DIED-4")).isZero();
    assertThat(driver.reload(recordId).status()).isEqualTo(DishonestyStatus.ACTIVE);
  }

  private String storedCode(String objectionNo) {
    return jdbc.queryForObject("select subject_code from objection_mark_pending where objection_no = ?", String.class,
        objectionNo);
  }

  /** The platform marked the record for the objection; the node died before the objection's transaction committed. */
  private void diedAfterTheMark(String objectionNo, String code, long recordId) {
    pendingMarks.note(objectionNo, code, recordId);
    platform.markUnderObjection(code, recordId, objectionNo);
  }

  private int pending(String objectionNo) {
    return jdbc.queryForObject("select count(*) from objection_mark_pending where objection_no = ?", Integer.class,
        objectionNo);
  }

  private static String objection(String code, long recordId) {
    return "{\"subjectCode\":\"" + code + "\",\"recordId\":" + recordId
        + ",\"reason\":\"处罚决定已撤销\",\"evidence\":[\"复议决定书\"]}";
  }
}
