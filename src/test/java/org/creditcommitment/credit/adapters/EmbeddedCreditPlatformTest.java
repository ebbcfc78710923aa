package org.creditcommitment.credit.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditPlatformException;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.CreditRecord;
import org.creditcommitment.credit.CreditRecordType;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.credit.InspectionResult;
import org.creditcommitment.credit.PushReceipt;
import org.creditcommitment.credit.UnknownSubjectException;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.creditcommitment.system.PersonalDataCipher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

class EmbeddedCreditPlatformTest extends IntegrationTest {

  // the adapter itself, not the test context's @Primary FlakyCreditPlatform wrapping it
  @Autowired
  @Qualifier("creditPlatform")
  CreditPlatform platform;

  @Autowired
  CreditRegistry registry;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TransactionTemplate transaction;

  @Autowired
  RegistryPersonalData personal;

  @Autowired
  PersonalDataCipher cipher;

  private String newSubject(String grade) {
    String code = TestCodes.uscc();
    registry.createSubject(new NewSubject(code, SubjectType.LEGAL, "汕尾市测试贸易有限公司", "t@example.org", grade));
    return code;
  }

  private long activeRecord(String code) {
    LocalDate today = LocalDate.now(clock);
    return registry.addDishonestyRecord(code, new NewDishonestyRecord("汕尾市市场监督管理局", "逾期未整改", "食品安全",
        today, today, today.plusYears(1)));
  }

  @Test
  void embeddedIsTheDefaultAdapterAndAnswersWithTimeAndSource() {
    String code = newSubject("AA");

    CreditProfile profile = platform.query(code);

    assertThat(platform).isInstanceOf(EmbeddedCreditPlatform.class);
    assertThat(profile.grade()).isEqualTo("AA");
    assertThat(profile.source()).isEqualTo("embedded");
    assertThat(profile.queriedAt()).isNotNull();
    assertThat(profile.blacklisted()).isFalse();
    assertThat(profile.unperformedPenalty()).isFalse();
  }

  @Test
  void anUnknownSubjectIsNotADefaultProfile() {
    assertThatThrownBy(() -> platform.query(TestCodes.uscc())).isInstanceOf(UnknownSubjectException.class);
  }

  @Test
  void demoSubjectsCoverEveryGradeAndEachEligibilityCase() {
    for (CreditDemoData.DemoSubject demo : CreditDemoData.SUBJECTS) {
      assertThat(platform.query(demo.code()).grade()).as(demo.code()).isEqualTo(demo.grade());
    }
    assertThat(platform.query("91441500MA4UH0HM1K").blacklisted()).isTrue();
    assertThat(platform.query("91441500MA4UH0HM1K").blacklistBasis()).isNotBlank();
    assertThat(platform.query("91441500MA4UH0PN2R").unperformedPenalty()).isTrue();
    assertThat(platform.query("91441500MA4UH0DR37").activeDishonestyRecords()).singleElement()
        .satisfies(r -> assertThat(r.domain()).isEqualTo("食品安全"));
    assertThat(platform.query("91441500MA4UH0RL49").redListed()).isTrue();
    assertThat(platform.query("441502199003151239").subjectType()).isEqualTo(SubjectType.NATURAL);
    assertThat(platform.query("445281198511072463").email()).isEqualTo("applicant+445281198511072463@demo.local");
  }

  @Test
  void aRetriedPushWithTheSameKeyCreatesNoSecondRecord() {
    String code = newSubject("A");
    String key = "CASE-" + System.nanoTime() + ":dishonesty";
    CreditRecord record = new CreditRecord(CreditRecordType.DISHONESTY, code, "CASE-1", Map.of(
        "sourceUnit", "汕尾市市场监督管理局", "basis", "承诺不实", "domain", "食品安全", "date", "2026-01-05",
        "publicityEnd", "2027-01-05"), key);

    PushReceipt first = platform.push(record);
    PushReceipt retry = platform.push(record);

    assertThat(first.duplicate()).isFalse();
    assertThat(retry.duplicate()).isTrue();
    assertThat(retry.recordId()).isEqualTo(first.recordId());
    assertThat(platform.query(code).dishonestyRecords()).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo(Long.parseLong(first.recordId()));
      assertThat(r.status()).isEqualTo(DishonestyStatus.ACTIVE);
      assertThat(r.publicityStart()).isEqualTo(LocalDate.of(2026, 1, 5));
    });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_pushed_record WHERE idempotency_key = ?", Integer.class,
        key)).isEqualTo(1);
  }

  @Test
  void concurrentRetriesOfOnePushCreateOneRecord() throws Exception {
    String code = newSubject("A");
    CreditRecord record = new CreditRecord(CreditRecordType.FULFILMENT, code, "CASE-C", Map.of("sourceUnit", "汕尾市市场监督管理局",
        "outcome", "COMPLIANT"), "concurrent-" + System.nanoTime());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Callable<PushReceipt>> pushes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      pushes.add(() -> platform.push(record));
    }
    List<String> ids = new ArrayList<>();
    for (Future<PushReceipt> receipt : pool.invokeAll(pushes)) {
      try {
        ids.add(receipt.get().recordId());
      } catch (java.util.concurrent.ExecutionException e) {
        // a loser of the race may be told to retry; it must not have created anything
        assertThat(e.getCause()).isInstanceOf(CreditPlatformException.class);
      }
    }
    pool.shutdown();

    assertThat(ids).isNotEmpty();
    assertThat(ids).containsOnly(ids.get(0));
    assertThat(platform.query(code).fulfilmentRecords()).hasSize(1);
  }

  @Test
  void repairAndPublicityEndChangeTheReferencedRecord() {
    String code = newSubject("B");
    PushReceipt dishonesty = platform.push(new CreditRecord(CreditRecordType.DISHONESTY, code, "CASE-R", Map.of(
        "sourceUnit", "汕尾市市场监督管理局", "basis", "逾期未整改", "publicityEnd", "2027-06-30"), "r-" + System.nanoTime()));

    platform.push(new CreditRecord(CreditRecordType.REPAIR, code, dishonesty.recordId(), Map.of("reason", "已履行"),
        "repair-" + System.nanoTime()));

    assertThat(platform.query(code).dishonestyRecords()).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(DishonestyStatus.REPAIRED));
    assertThat(platform.query(code).hasActiveDishonestyRecord()).isFalse();
  }

  @Test
  void refusedPushesFailClearlyAndWriteNothing() {
    String code = newSubject("A");
    String key = "bad-" + System.nanoTime();
    assertThatThrownBy(() -> platform.push(new CreditRecord(CreditRecordType.DISHONESTY, code, "C", Map.of(
        "sourceUnit", "x"), key))).isInstanceOf(CreditPlatformException.class).hasMessageContaining("basis");
    assertThatThrownBy(() -> platform.push(new CreditRecord(CreditRecordType.DISHONESTY, TestCodes.uscc(), "C", Map.of(
        "sourceUnit", "x", "basis", "y", "publicityEnd", "2030-01-01"), key)))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("No credit subject");
    assertThatThrownBy(() -> platform.push(new CreditRecord(CreditRecordType.REPAIR, code, "999999999", Map.of(), key)))
        .isInstanceOf(CreditPlatformException.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_pushed_record WHERE idempotency_key = ?", Integer.class,
        key)).isZero();
  }

  @Test
  void aKeyReusedForAnotherRecordIsRefused() {
    String code = newSubject("A");
    String key = "reuse-" + System.nanoTime();
    platform.push(new CreditRecord(CreditRecordType.COMMITMENT, code, "CASE-X", Map.of(), key));
    assertThatThrownBy(() -> platform.push(new CreditRecord(CreditRecordType.FULFILMENT, code, "CASE-X", Map.of(), key)))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("already used");
  }

  @Test
  void aRecordIsReadOnlyAsTheOneOfItsOwnSubject() {
    String owner = newSubject("A");
    long id = activeRecord(owner);
    String other = newSubject("A");

    assertThat(platform.dishonestyRecord(owner, id)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(DishonestyStatus.ACTIVE));
    assertThat(platform.dishonestyRecord(other, id)).as("another subject's record is not told apart from none")
        .isEmpty();
    assertThat(platform.dishonestyRecord(owner, 999_999_999L)).isEmpty();
    assertThatThrownBy(() -> platform.dishonestyRecord(TestCodes.uscc(), id))
        .isInstanceOf(UnknownSubjectException.class);
  }

  @Test
  void anObjectionMarkShowsInTheProfileAndItsWithdrawalMakesTheRecordActiveAgain() {
    String code = newSubject("A");
    long id = activeRecord(code);

    platform.markUnderObjection(code, id, "YY-MARK-1");
    platform.markUnderObjection(code, id, "YY-MARK-1");

    assertThat(platform.query(code).dishonestyRecords()).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(DishonestyStatus.UNDER_OBJECTION));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE ref = ? AND type = ?", Integer.class, code,
        "credit.dishonesty-status-changed")).as("a second mark changes nothing").isEqualTo(1);

    platform.withdrawObjectionMark(code, id, "YY-MARK-1");
    platform.withdrawObjectionMark(code, id, "YY-MARK-1");

    assertThat(platform.dishonestyRecord(code, id).orElseThrow().status()).isEqualTo(DishonestyStatus.ACTIVE);
  }

  @Test
  void theObjectionMarkIsWrittenInTheCallersTransactionAndRolledBackWithIt() {
    String code = newSubject("A");
    long id = activeRecord(code);

    transaction.executeWithoutResult(status -> {
      platform.markUnderObjection(code, id, "YY-ROLLBACK");
      status.setRollbackOnly();
    });

    assertThat(platform.dishonestyRecord(code, id).orElseThrow().status()).isEqualTo(DishonestyStatus.ACTIVE);
  }

  @Test
  void aRecordNoLongerActiveCannotBeMarkedUnderObjection() {
    String code = newSubject("A");
    long id = activeRecord(code);
    registry.changeRecordStatus(id, DishonestyStatus.EXPIRED, "公示期届满");

    assertThatThrownBy(() -> platform.markUnderObjection(code, id, "YY-EXPIRED"))
        .isInstanceOf(CreditPlatformException.class).hasMessageContaining("EXPIRED");
    assertThat(platform.dishonestyRecord(code, id).orElseThrow().status()).isEqualTo(DishonestyStatus.EXPIRED);
  }

  @Test
  void anInspectionResultIsFedOnce() {
    String code = newSubject("A");
    InspectionResult result = new InspectionResult("CASE-I-" + System.nanoTime(), code, true, "符合承诺",
        LocalDate.of(2026, 2, 2), "inspector", "insp-" + System.nanoTime());

    platform.feedInspection(result);
    platform.feedInspection(result);

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_inspection_feed WHERE idempotency_key = ?",
        Integer.class, result.idempotencyKey())).isEqualTo(1);
  }

  @Test
  void aNaturalPersonsIdNumberIsFedEncryptedAndARowFedInPlainTextIsEncryptedAtStart() {
    String code = TestCodes.residentId();
    InspectionResult result = new InspectionResult("CASE-I-" + System.nanoTime(), code, false, "未按承诺整改",
        LocalDate.of(2026, 2, 2), "inspector", "insp-" + System.nanoTime());

    platform.feedInspection(result);

    String sql = "SELECT subject_code FROM credit_inspection_feed WHERE idempotency_key = ?";
    assertThat(jdbc.queryForObject(sql, String.class, result.idempotencyKey())).startsWith("enc1:SM4-GCM:")
        .doesNotContain(code);
    // as the row was fed before the codes were encrypted
    jdbc.update("UPDATE credit_inspection_feed SET subject_code = ? WHERE idempotency_key = ?", code,
        result.idempotencyKey());
    personal.protectPersonalData();
    String stored = jdbc.queryForObject(sql, String.class, result.idempotencyKey());
    assertThat(stored).startsWith("enc1:SM4-GCM:").doesNotContain(code);
    assertThat(cipher.decrypt(stored)).isEqualTo(code);
  }
}
