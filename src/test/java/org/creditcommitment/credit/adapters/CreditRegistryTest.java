package org.creditcommitment.credit.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.PersonalDataIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CreditRegistryTest extends IntegrationTest {

  @Autowired
  org.creditcommitment.audit.AuditEvents audit;

  @Autowired
  CreditRegistry registry;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RegistryPersonalData personal;

  @Autowired
  PersonalDataIndex index;

  private String newSubject() {
    String code = TestCodes.residentId();
    registry.createSubject(new NewSubject(code, SubjectType.NATURAL, "欧阳明", null, "A"));
    return code;
  }

  @Test
  void everyChangeIsAuditedWithBeforeAndAfter() {
    String code = newSubject();
    registry.setGrade(code, "AA");

    // a natural person's events are stored under the keyed index of the code and found by the code
    var events = audit.of(code);

    assertThat(events).extracting(e -> e.type()).containsExactly("credit.subject-created", "credit.grade-set");
    assertThat(events.get(1).actor()).isEqualTo("system");
    assertThat(events.get(1).details()).contains("\"before\":{").contains("\"grade\":\"A\"")
        .contains("\"after\":{").contains("\"grade\":\"AA\"");
  }

  @Test
  void recordStatusChangesAreKeptWithTheReason() {
    String code = newSubject();
    long id = registry.addDishonestyRecord(code, new NewDishonestyRecord("汕尾市市场监督管理局", "虚假承诺", "食品安全",
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2027, 1, 1)));

    DishonestyRecord after = registry.changeRecordStatus(id, DishonestyStatus.UNDER_OBJECTION, "主体提出异议");

    assertThat(after.status()).isEqualTo(DishonestyStatus.UNDER_OBJECTION);
    assertThat(audit.of(code).stream().filter(e -> e.type().equals("credit.dishonesty-status-changed"))
        .map(e -> e.details()).findFirst().orElseThrow()).contains("ACTIVE").contains("UNDER_OBJECTION").contains("主体提出异议");
  }

  @Test
  void recordsWhosePublicityEndedAreListedForExpiry() {
    String code = newSubject();
    LocalDate today = LocalDate.of(2026, 5, 1);
    long ended = registry.addDishonestyRecord(code, new NewDishonestyRecord("单位", "依据", null,
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), today.minusDays(1)));
    long running = registry.addDishonestyRecord(code, new NewDishonestyRecord("单位", "依据", null,
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), today));
    long endedButRevoked = registry.addDishonestyRecord(code, new NewDishonestyRecord("单位", "依据", null,
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), today.minusDays(5)));
    registry.changeRecordStatus(endedButRevoked, DishonestyStatus.REVOKED, "撤销");

    assertThat(registry.recordsWithPublicityEndedBefore(today)).extracting(DishonestyRecord::id)
        .contains(ended).doesNotContain(running, endedButRevoked);
  }

  @Test
  void penaltiesCountUntilPerformed() {
    String code = newSubject();
    long penalty = registry.addUnperformedPenalty(code, "罚〔2026〕1号", "罚款", LocalDate.of(2026, 1, 1));
    assertThat(registry.profile(code).unperformedPenalty()).isTrue();

    registry.markPenaltyPerformed(penalty);

    assertThat(registry.profile(code).unperformedPenalty()).isFalse();
  }

  @Test
  void aGradeOffTheScaleIsRefusedAndNothingChanges() {
    String code = newSubject();
    assertThatThrownBy(() -> registry.setGrade(code, "优")).isInstanceOf(ApiException.class);
    assertThat(registry.profile(code).grade()).isEqualTo("A");
    assertThat(audit.of(code)).hasSize(1);
  }

  private Map<String, Object> storedSubject(String code) {
    return jdbc.queryForMap("SELECT id, code, email, code_idx FROM credit_subject WHERE code_idx = ?", index.of(code));
  }

  @Test
  void aNaturalPersonsIdNumberAndEmailAreStoredEncryptedAndTheCreditFileReadsAsBefore() {
    String code = TestCodes.residentId();
    String email = "person-" + code + "@example.test";
    registry.createSubject(new NewSubject(code, SubjectType.NATURAL, "欧阳明", email, "A"));
    long record = registry.addDishonestyRecord(code, new NewDishonestyRecord("汕尾市市场监督管理局", "虚假承诺", "食品安全",
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2027, 1, 1)));
    registry.addFulfilmentRecord(code, new NewFulfilmentRecord("汕尾市市场监督管理局", "SW-2026-1", "已履约", null,
        LocalDate.of(2026, 2, 1)));
    registry.addPenalty(code, "汕市监罚〔2026〕1号", "罚款", "市场监管", LocalDate.of(2026, 1, 5));

    Map<String, Object> stored = storedSubject(code);
    assertThat((String) stored.get("code")).startsWith("enc1:SM4-GCM:").doesNotContain(code);
    assertThat((String) stored.get("email")).startsWith("enc1:SM4-GCM:").doesNotContain(email);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_subject WHERE code = ? OR email = ?", Integer.class,
        code, email)).isZero();

    var profile = registry.profile(code);
    assertThat(profile.code()).isEqualTo(code);
    assertThat(profile.email()).isEqualTo(email);
    assertThat(profile.dishonestyRecords()).extracting(DishonestyRecord::id).containsExactly(record);
    assertThat(profile.dishonestyRecords().get(0).subjectCode()).isEqualTo(code);
    assertThat(profile.fulfilmentRecords()).hasSize(1);
    assertThat(registry.penalties(code, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).hasSize(1);
    assertThat(registry.dishonestyRecord(record).orElseThrow().subjectCode()).isEqualTo(code);
    assertThat(audit.of(code).stream().filter(e -> e.type().equals("credit.subject-created")).map(e -> e.details())
        .findFirst().orElseThrow()).as("the audit details, masked").doesNotContain(code, email)
        .contains(code.substring(0, 6) + "********" + code.substring(14), "p***@example.test");
  }

  @Test
  void anOrganisationsCodeStaysReadableAndItsEmailIsEncrypted() {
    String code = TestCodes.uscc();
    registry.createSubject(new NewSubject(code, SubjectType.LEGAL, "汕尾市加密测试有限公司", "org@example.test", "A"));

    Map<String, Object> stored = storedSubject(code);
    assertThat(stored.get("code")).isEqualTo(code);
    assertThat((String) stored.get("email")).startsWith("enc1:");
    assertThat(registry.profile(code).email()).isEqualTo("org@example.test");
  }

  @Test
  void aSubjectStoredInPlainTextIsFoundWithItsRecordsAndEncryptedAndIndexedAtStart() {
    String code = TestCodes.residentId();
    String email = "plain-" + code + "@example.test";
    registry.createSubject(new NewSubject(code, SubjectType.NATURAL, "欧阳明", email, "A"));
    long record = registry.addDishonestyRecord(code, new NewDishonestyRecord("单位", "依据", null,
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
    long id = ((Number) storedSubject(code).get("id")).longValue();
    // as the row was before the registry encrypted personal data
    jdbc.update("UPDATE credit_subject SET code = ?, email = ?, code_idx = NULL WHERE id = ?", code, email, id);

    assertThat(registry.exists(code)).isTrue();
    assertThat(registry.profile(code).dishonestyRecords()).extracting(DishonestyRecord::id).containsExactly(record);

    personal.protectPersonalData();

    Map<String, Object> stored = storedSubject(code);
    assertThat(((Number) stored.get("id")).longValue()).isEqualTo(id);
    assertThat((String) stored.get("code")).startsWith("enc1:SM4-GCM:").doesNotContain(code);
    assertThat((String) stored.get("email")).startsWith("enc1:SM4-GCM:").doesNotContain(email);
    assertThat(registry.profile(code).email()).isEqualTo(email);
    assertThat(registry.profile(code).dishonestyRecords()).extracting(DishonestyRecord::id).containsExactly(record);

    // a second start changes nothing
    String storedCode = (String) stored.get("code");
    personal.protectPersonalData();
    assertThat(storedSubject(code).get("code")).isEqualTo(storedCode);
  }

  @Test
  void aRecordFiledUnderTheWrongPersonMovesToThePersonItBelongsTo() {
    String wrong = newSubject();
    String right = newSubject();
    long record = registry.addDishonestyRecord(wrong, new NewDishonestyRecord("单位", "依据", null,
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));

    assertThat(registry.reassignRecord(record, right, "代码录入错误").subjectCode()).isEqualTo(right);

    assertThat(registry.profile(wrong).dishonestyRecords()).isEmpty();
    assertThat(registry.profile(right).dishonestyRecords()).extracting(DishonestyRecord::id).containsExactly(record);
  }
}
