package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.documents.IssuedPdfs;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.NotificationView;
import org.creditcommitment.notification.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The documents of an application case, walked to every end state: each step that decides issues its document in
 * its transaction, numbered for the department and year, in Chinese that PDFBox reads back with the key fields, the
 * font embedded and the stored hash matching; the mails link to the document's public verification page, never to a
 * staff URL; a revoked licence's decision is marked no longer valid; every issue is in the case's timeline.
 */
class CaseDocumentsTest extends IntegrationTest {

  private static final String FOOD = "SCJG-SP-001";

  @Autowired LifecycleDriver driver;
  @Autowired CaseScenarios scenarios;
  @Autowired Documents documents;
  @Autowired Notifications notifications;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aFulfilledCaseHasTheConditionsNoticeTheLetterToSignOnPaperTheAcceptanceNoticeAndTheLicenceDecision() {
    CaseRecord c = scenarios.fulfilled(FOOD);

    assertThat(types(c)).containsExactlyInAnyOrder(DocumentType.COMMITMENT_LETTER, DocumentType.CONDITIONS_NOTICE,
        DocumentType.ACCEPTANCE_NOTICE, DocumentType.LICENCE_DECISION);
    String item = "食品经营许可（仅销售预包装食品）";
    assertThat(text(c, DocumentType.CONDITIONS_NOTICE)).contains("信用承诺告知书", c.caseNo(), item,
        "有与经营的食品品种", "经营场所平面图及设备布局图", "虚假承诺", c.applicantName());
    assertThat(text(c, DocumentType.COMMITMENT_LETTER)).contains("信用承诺书",
        driver.letters.letter(c.caseNo()).orElseThrow().sha256(), "签名");
    assertThat(text(c, DocumentType.ACCEPTANCE_NOTICE)).contains("受理通知书", c.caseNo(), "告知承诺");
    assertThat(text(c, DocumentType.LICENCE_DECISION)).contains("准予行政许可决定书", c.licenceNo(), item);
    for (IssuedDocument document : documents.forCase(c.caseNo())) {
      assertThat(document.valid()).isTrue();
      assertThat(document.number()).matches("汕市监承〔\\d{4}〕\\d+号");
      assertThat(document.issuerName()).isEqualTo("市场监督管理局");
      assertThat(text(document)).contains(document.number(), document.verificationCode(), "市场监督管理局");
    }
    assertThat(documents.forCase(c.caseNo())).extracting(IssuedDocument::number).doesNotHaveDuplicates();
    assertThat(jdbc.queryForObject("select count(*) from audit_event where ref = ? and type = ?", Integer.class,
        c.caseNo(), Documents.ISSUED_EVENT)).isEqualTo(4);

    // the applicant's mails link to the documents' public verification pages, never to a staff-only URL
    String notice = mail(c, NotificationType.CONDITIONS_NOTICE).body();
    assertThat(notice).contains(documents.verifyUrl(latest(c, DocumentType.CONDITIONS_NOTICE)))
        .doesNotContain("/api/");
    assertThat(mail(c, NotificationType.DECISION_APPROVED).body())
        .contains(documents.verifyUrl(latest(c, DocumentType.LICENCE_DECISION)));
  }

  @Test
  void anApplicationTheClerkRefusesGetsTheNonAcceptanceNoticeWithTheReason() {
    CaseRecord c = scenarios.notAccepted(FOOD);

    assertThat(c.endState()).isEqualTo(EndState.DENIED.name());
    assertThat(types(c)).contains(DocumentType.NON_ACCEPTANCE_NOTICE).doesNotContain(DocumentType.ACCEPTANCE_NOTICE,
        DocumentType.DENIAL_DECISION, DocumentType.LICENCE_DECISION);
    assertThat(text(c, DocumentType.NON_ACCEPTANCE_NOTICE)).contains("不予受理通知书", "材料与实际不符", "行政复议");
    assertThat(mail(c, NotificationType.DECISION_DENIED).body())
        .contains(documents.verifyUrl(latest(c, DocumentType.NON_ACCEPTANCE_NOTICE)));
  }

  @Test
  void aDeniedApplicationGetsTheDenialDecisionWithTheApproversReason() {
    CaseRecord c = driver.apply(driver.subject("AA"), FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.complete(c, "Task_MakeDecision", "approver", Map.of("decision", "DENY",
        "denialReason", "经营场所位于居民住宅楼内，不符合许可条件", "decisionOpinion", "不予许可"));
    c = driver.reload(c);

    assertThat(c.endState()).isEqualTo(EndState.DENIED.name());
    assertThat(types(c)).contains(DocumentType.ACCEPTANCE_NOTICE, DocumentType.DENIAL_DECISION)
        .doesNotContain(DocumentType.LICENCE_DECISION);
    assertThat(text(c, DocumentType.DENIAL_DECISION)).contains("不予行政许可决定书", "经营场所位于居民住宅楼内");
    assertThat(mail(c, NotificationType.DECISION_DENIED).body())
        .contains(documents.verifyUrl(latest(c, DocumentType.DENIAL_DECISION)));
  }

  @Test
  void aRectifiedCaseGetsTheRectificationNoticeWithTheFindingsAndThePeriod() {
    CaseRecord c = scenarios.fulfilledAfterRectification(FOOD);

    assertThat(c.endState()).isEqualTo(EndState.FULFILLED_AFTER_RECTIFICATION.name());
    assertThat(text(c, DocumentType.RECTIFICATION_NOTICE)).contains("限期整改通知书", "经营场所面积与承诺不符",
        "整改期限");
    assertThat(latest(c, DocumentType.LICENCE_DECISION).valid()).isTrue();
    assertThat(mail(c, NotificationType.RECTIFICATION_NOTICE).body())
        .contains(documents.verifyUrl(latest(c, DocumentType.RECTIFICATION_NOTICE)));
  }

  @Test
  void missingMaterialsNotSuppliedInTimeGetARectificationNoticeThatSaysSo() {
    CaseRecord c = scenarios.awaitingMaterials(FOOD, "经营场所平面图及设备布局图");
    assertThat(text(c, DocumentType.ACCEPTANCE_NOTICE)).contains("容缺受理", "经营场所平面图及设备布局图");

    driver.fireDeadline(c, "materials");

    assertThat(text(c, DocumentType.RECTIFICATION_NOTICE)).contains("未在承诺期限内补齐容缺材料")
        .doesNotContain("进行了核查");
  }

  @Test
  void aPunishmentThatRevokesTheLicenceIssuesTheDecisionAndMarksTheLicenceDecisionNoLongerValid() {
    CaseRecord c = scenarios.punished(FOOD, driver.subject("AA"), "REVOKE_LICENCE", "PUBLICITY");

    assertThat(c.endState()).isEqualTo(EndState.PUNISHED.name());
    IssuedDocument decision = latest(c, DocumentType.PUNISHMENT_DECISION);
    assertThat(decision.recordRef()).isNotBlank();
    assertThat(text(decision)).contains("失信惩戒决定书", "撤销行政许可（吊销证照）", "在信用平台向社会公示",
        "义政数〔2020〕17号", "异议", "信用修复");
    IssuedDocument licence = latest(c, DocumentType.LICENCE_DECISION);
    assertThat(licence.valid()).isFalse();
    assertThat(licence.invalidReason()).contains("撤销", decision.number());
    assertThat(mail(c, NotificationType.PUNISHMENT_NOTICE).body()).contains(documents.verifyUrl(decision));
    assertThat(jdbc.queryForObject("select count(*) from audit_event where ref = ? and type = ?", Integer.class,
        c.caseNo(), "document.invalidated")).isEqualTo(1);
  }

  @Test
  void casesThatEndBeforeADecisionKeepTheDocumentsTheyWereGivenAndNoMore() {
    assertThat(types(scenarios.withdrawn(FOOD)))
        .containsExactlyInAnyOrder(DocumentType.COMMITMENT_LETTER, DocumentType.CONDITIONS_NOTICE);
    assertThat(types(scenarios.abandoned(FOOD)))
        .containsExactlyInAnyOrder(DocumentType.COMMITMENT_LETTER, DocumentType.CONDITIONS_NOTICE);
    assertThat(types(scenarios.notEligible(FOOD))).isEmpty();
  }

  private List<DocumentType> types(CaseRecord c) {
    return documents.forCase(c.caseNo()).stream().map(IssuedDocument::type).toList();
  }

  private IssuedDocument latest(CaseRecord c, DocumentType type) {
    List<IssuedDocument> all = documents.forCase(c.caseNo()).stream().filter(d -> d.type() == type).toList();
    assertThat(all).as("%s of %s", type, c.caseNo()).isNotEmpty();
    return all.get(all.size() - 1);
  }

  private String text(CaseRecord c, DocumentType type) {
    return text(latest(c, type));
  }

  private String text(IssuedDocument document) {
    return IssuedPdfs.text(documents, document);
  }

  private NotificationView mail(CaseRecord c, NotificationType type) {
    Predicate<NotificationView> ofType = n -> n.type() == type;
    return notifications.forCase(c.caseNo()).stream().filter(ofType).findFirst().orElseThrow();
  }
}
