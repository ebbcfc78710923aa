package org.creditcommitment.credit.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.creditcommitment.system.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CreditRegistryTest extends IntegrationTest {

  @Autowired
  CreditRegistry registry;

  @Autowired
  JdbcTemplate jdbc;

  private String newSubject() {
    String code = TestCodes.residentId();
    registry.createSubject(new NewSubject(code, SubjectType.NATURAL, "欧阳明", null, "A"));
    return code;
  }

  @Test
  void everyChangeIsAuditedWithBeforeAndAfter() {
    String code = newSubject();
    registry.setGrade(code, "AA");

    List<Map<String, Object>> events = jdbc.queryForList("SELECT type, actor, details FROM audit_event WHERE ref = ? "
        + "ORDER BY id", code);

    assertThat(events).extracting(e -> e.get("type")).containsExactly("credit.subject-created", "credit.grade-set");
    assertThat(events.get(1).get("actor")).isEqualTo("system");
    assertThat((String) events.get(1).get("details")).contains("\"before\":{").contains("\"grade\":\"A\"")
        .contains("\"after\":{").contains("\"grade\":\"AA\"");
  }

  @Test
  void recordStatusChangesAreKeptWithTheReason() {
    String code = newSubject();
    long id = registry.addDishonestyRecord(code, new NewDishonestyRecord("汕尾市市场监督管理局", "虚假承诺", "食品安全",
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2027, 1, 1)));

    DishonestyRecord after = registry.changeRecordStatus(id, DishonestyStatus.UNDER_OBJECTION, "主体提出异议");

    assertThat(after.status()).isEqualTo(DishonestyStatus.UNDER_OBJECTION);
    assertThat(jdbc.queryForObject("SELECT details FROM audit_event WHERE ref = ? AND type = ?", String.class, code,
        "credit.dishonesty-status-changed")).contains("ACTIVE").contains("UNDER_OBJECTION").contains("主体提出异议");
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
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE ref = ?", Integer.class, code)).isEqualTo(1);
  }
}
