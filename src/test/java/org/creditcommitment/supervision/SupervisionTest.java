package org.creditcommitment.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.LifecycleTestSupport;
import org.creditcommitment.credit.adapters.CreditRegistry;
import org.creditcommitment.credit.adapters.NewDishonestyRecord;
import org.creditcommitment.credit.adapters.NewSubject;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.creditcommitment.system.Hashing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tiered inspection, the red list's green channel, the reminder list and risk warnings in real cases. */
class SupervisionTest extends IntegrationTest {

  @Autowired LifecycleTestSupport cases;
  @Autowired CreditRegistry registry;
  @Autowired RiskWarnings riskWarnings;
  @Autowired InspectionDraw draws;
  @Autowired Notifications notifications;
  @Autowired NegativeReminders reminders;
  @Autowired KeySupervisionList keySupervision;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aCaseNotDrawnForInspectionEndsFulfilledWithItsDrawRecorded() {
    // A+ is never drawn in the test configuration; the construction-waste item admits grade A and above
    CaseRecord c = cases.approvedCase("A+", "CGJ-JZ-002");
    assertThat(cases.endState(c)).isEqualTo("FULFILLED");
    InspectionDraw.Draw draw = draws.find(c.caseNo()).orElseThrow();
    assertThat(draw.selected()).isFalse();
    assertThat(draws.replay(c.caseNo())).contains(draw);
  }

  @Test
  void aDrawnCaseIsAssignedToTheDrawnInspectorNeverTheAcceptingClerk() {
    CaseRecord c = cases.approvedCase("AA");
    InspectionDraw.Draw draw = draws.find(c.caseNo()).orElseThrow();
    assertThat(draw.selected()).isTrue();
    assertThat(draw.candidates()).doesNotContain("clerk").contains("inspector");
    assertThat(cases.openTask(c, "Task_InspectFulfilment").getAssignee()).isEqualTo(draw.inspector());
    HttpResponse<String> shown = http.get("/api/cases/" + c.caseNo() + "/inspection-draw", "auditor");
    assertThat(shown.body()).contains("\"replayMatches\":true");
  }

  @Test
  void redListedApplicantGetsTheGreenChannelsShorterDecisionPeriod() {
    String code = cases.subject("AAA");
    registry.setRedList(code, true);
    CaseRecord c = cases.queried(code);
    assertThat((String) cases.shown(c, "redListText")).contains("绿色通道").contains("3个工作日");
  }

  @Test
  void reminderListIsShownToTheClerkAndRefusesNothing() {
    String code = cases.subject("AA");
    HttpResponse<String> added = http.post("/api/negative-reminders", "credit-office",
        "{\"subjectCode\":\"" + code + "\",\"reason\":\"近一年内多次被投诉虚假宣传\"}");
    assertThat(added.statusCode()).isEqualTo(201);
    CaseRecord c = cases.queried(code);
    assertThat((String) cases.shown(c, "negativeReminderText")).contains("多次被投诉虚假宣传");
    assertThat(cases.openTask(c, "Task_NotifyConditions")).isNotNull();
    assertThat(http.post("/api/negative-reminders", "clerk", "{\"subjectCode\":\"" + code + "\",\"reason\":\"x\"}")
        .statusCode()).isEqualTo(403);
    assertThat(http.post("/api/negative-reminders", "credit-office", "{\"subjectCode\":\"bad\",\"reason\":\"x\"}")
        .statusCode()).isEqualTo(400);
  }

  @Test
  void repeatedViolationsInOneDomainRaiseOneWarningToTheCreditOfficeAndTheDepartment() {
    String code = cases.subject("A");
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < 2; i++) {
      registry.addDishonestyRecord(code, new NewDishonestyRecord("市场监督管理局", "食品安全违法 " + i, "食品安全",
          today.minusDays(10 + i), today.minusDays(10 + i), today.plusYears(1)));
    }
    var first = riskWarnings.scan();
    assertThat(first).anyMatch(w -> w.subjectCode().equals(code) && w.rule() == RiskWarnings.Rule.REPEAT_IN_DOMAIN);
    assertThat(riskWarnings.scan()).noneMatch(w -> w.subjectCode().equals(code));
    var warning = first.stream().filter(w -> w.subjectCode().equals(code)).findFirst().orElseThrow();
    var mails = notifications.forCase("RISK-" + warning.id());
    assertThat(mails).anyMatch(m -> m.recipient().equals("credit-office@demo.local"));
    assertThat(mails).anyMatch(m -> m.recipient().equals("inspector@demo.local"));
    assertThat(http.get("/api/risk-warnings", "auditor").body()).contains(code);
  }

  @Test
  void violationsAcrossDomainsRaiseAWarning() {
    String code = cases.subject("A");
    LocalDate today = LocalDate.now(clock);
    registry.addDishonestyRecord(code, new NewDishonestyRecord("人力资源和社会保障局", "拖欠工资", "劳动保障",
        today.minusDays(3), today.minusDays(3), today.plusYears(1)));
    registry.addDishonestyRecord(code, new NewDishonestyRecord("交通运输局", "超限运输", "交通运输",
        today.minusDays(2), today.minusDays(2), today.plusYears(1)));
    assertThat(riskWarnings.scan()).anyMatch(w -> w.subjectCode().equals(code) && w.rule() == RiskWarnings.Rule.ACROSS_DOMAINS);
  }

  @Test
  void aNaturalPersonsIdNumberOnTheReminderListIsStoredEncryptedStillShownToTheClerkAndAPlainRowIsEncryptedAtStart() {
    String id = person();
    HttpResponse<String> added = http.post("/api/negative-reminders", "credit-office",
        "{\"subjectCode\":\"" + id + "\",\"reason\":\"多次提供虚假材料\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long reminder = reminders.active(id).get(0).id();
    assertThat(stored("negative_reminder", reminder)).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(reminders.textFor(id)).contains("多次提供虚假材料");
    assertThat(http.get("/api/negative-reminders", "credit-office").body()).contains(id);

    // as the row was before ID numbers were encrypted: plain, without an index
    jdbc.update("update negative_reminder set subject_code = ?, subject_code_idx = null where id = ?", id, reminder);
    reminders.protectPersonalData();

    assertThat(stored("negative_reminder", reminder)).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(reminders.active(id)).extracting(NegativeReminders.Reminder::subjectCode).containsExactly(id);
  }

  @Test
  void aNaturalPersonsKeySupervisionListingIsStoredEncryptedFoundByTheIdNumberAndAPlainRowIsEncryptedAtStart() {
    String id = person();
    String ref = "BREACH-" + id;
    KeySupervisionList.Listing listing = keySupervision.list(new KeySupervisionList.Breach(id, "欧阳娜娜", ref, "scjg",
        "市场监督管理局", "未按承诺整改", "现场核查笔录"), "approver");
    assertThat(listing.subjectCode()).isEqualTo(id);
    assertThat(stored("key_supervision", listing.id())).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(keySupervision.active(id)).map(KeySupervisionList.Listing::commitmentRef).contains(ref);
    assertThat(reminders.textFor(id)).contains("纳入重点监管").contains(ref);

    jdbc.update("update key_supervision set subject_code = ?, subject_code_idx = null where id = ?", id, listing.id());
    keySupervision.protectPersonalData();

    assertThat(stored("key_supervision", listing.id())).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(keySupervision.active(id)).map(KeySupervisionList.Listing::subjectCode).contains(id);
  }

  @Test
  void aNaturalPersonsRiskWarningIsStoredEncryptedWithAKeyedFingerprintAndAWarningStoredBeforeIsNotRaisedAgain() {
    String id = person();
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < 2; i++) {
      registry.addDishonestyRecord(id, new NewDishonestyRecord("市场监督管理局", "无证经营 " + i, "市场监管",
          today.minusDays(5 + i), today.minusDays(5 + i), today.plusYears(1)));
    }
    RiskWarnings.Warning warning = riskWarnings.scan().stream().filter(w -> w.subjectCode().equals(id)).findFirst()
        .orElseThrow();
    String plainFingerprint = Hashing.sha256(id + "|" + warning.rule() + "|" + warning.recordIds());
    assertThat(stored("risk_warning", warning.id())).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(fingerprint(warning.id())).isNotEqualTo(plainFingerprint).doesNotContain(id);
    assertThat(http.get("/api/risk-warnings", "auditor").body()).contains(id);

    // as the warning was stored before: plain code, unkeyed fingerprint
    jdbc.update("update risk_warning set subject_code = ?, fingerprint = ? where id = ?", id, plainFingerprint,
        warning.id());
    riskWarnings.protectPersonalData();

    assertThat(stored("risk_warning", warning.id())).startsWith("enc1:SM4-GCM:").doesNotContain(id);
    assertThat(fingerprint(warning.id())).isNotEqualTo(plainFingerprint);
    assertThat(riskWarnings.scan()).as("the same records raise nothing new").noneMatch(w -> w.subjectCode().equals(id));
    assertThat(riskWarnings.list()).filteredOn(w -> w.subjectCode().equals(id)).hasSize(1);
  }

  private String person() {
    String id = TestCodes.residentId();
    registry.createSubject(new NewSubject(id, SubjectType.NATURAL, "欧阳娜娜", "p-" + id + "@example.test", "A"));
    return id;
  }

  private String stored(String table, long id) {
    return jdbc.queryForObject("select subject_code from " + table + " where id = ?", String.class, id);
  }

  private String fingerprint(long warning) {
    return jdbc.queryForObject("select fingerprint from risk_warning where id = ?", String.class, warning);
  }
}
