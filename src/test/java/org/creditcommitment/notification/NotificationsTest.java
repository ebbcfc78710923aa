package org.creditcommitment.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.security.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Queueing, the transaction it joins, recipients and the REST listing; SMTP is not needed here. */
class NotificationsTest extends IntegrationTest {

  @Autowired
  Notifications notifications;

  @Autowired
  TransactionTemplate transaction;

  static String uniqueCase() {
    return "CC-T-" + System.nanoTime();
  }

  static Notification.Builder denial(String caseNo, String email) {
    return Notification.of(NotificationType.DECISION_DENIED, caseNo).to(email)
        .with("applicantName", "某某餐饮有限公司").with("itemName", "食品经营许可").with("reason", "经营场所不符合要求")
        .with("documentLink", "https://zwfw.example.gov.cn/public/documents/7KQ2-M9XD-4HTP-WC3R");
  }

  @Test
  void queuedMailIsRenderedNowAndListedForTheCase() {
    String caseNo = uniqueCase();

    notifications.queue(Notification.of(NotificationType.CONDITIONS_NOTICE, caseNo).to("applicant@example.test")
        .with("applicantName", "张三").with("itemName", "食品经营许可").with("letterLink", "https://example.test/l/1")
        .with("signDeadline", LocalDate.of(2025, 3, 5)).build());

    List<NotificationView> rows = notifications.forCase(caseNo);
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.recipient()).isEqualTo("applicant@example.test");
      assertThat(row.subject()).isEqualTo("【信用承诺告知书】食品经营许可（办件编号 " + caseNo + "）");
      assertThat(row.body()).contains("张三").contains("2025年3月5日").contains("https://example.test/l/1");
      assertThat(row.typeLabel()).isEqualTo("信用承诺告知书");
    });
  }

  @Test
  void aRolledBackTransactionQueuesNothing() {
    String caseNo = uniqueCase();

    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      notifications.queue(denial(caseNo, "rollback@example.test").build());
      assertThat(notifications.forCase(caseNo)).hasSize(1);
      throw new IllegalStateException("the step fails after queueing");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(notifications.forCase(caseNo)).isEmpty();
  }

  @Test
  void aMailQueuedByAProcessStepCommitsAndRollsBackWithTheStep() {
    deployProbeProcesses();
    String committed = uniqueCase();
    String rolledBack = uniqueCase();

    QueueProbeDelegate.notifications = notifications;
    QueueProbeDelegate.MAILS.put(committed, denial(committed, "step@example.test").build());
    QueueProbeDelegate.MAILS.put(rolledBack, denial(rolledBack, "step@example.test").build());

    processEngine.getRuntimeService().startProcessInstanceByKey("notification-probe", committed);
    assertThatThrownBy(() -> processEngine.getRuntimeService()
        .startProcessInstanceByKey("notification-probe-failing", rolledBack))
        .hasMessageContaining("the step after queueing fails");

    assertThat(notifications.forCase(committed)).hasSize(1);
    assertThat(notifications.forCase(rolledBack)).isEmpty();
  }

  @Test
  void theSameDedupKeyQueuedTwiceGivesOneRow() {
    String caseNo = uniqueCase();
    Notification mail = denial(caseNo, "dedup@example.test").dedupKey(caseNo + ":decision").build();

    List<Long> first = notifications.queue(mail);
    List<Long> retried = transaction.execute(status -> notifications.queue(mail));

    assertThat(first).hasSize(1);
    assertThat(retried).isEmpty();
    assertThat(notifications.forCase(caseNo)).hasSize(1);
  }

  @Test
  void groupRecipientsAreTheMembersEmailsFromTheIdentityService() {
    String caseNo = uniqueCase();

    notifications.queue(Notification.of(NotificationType.ESCALATION, caseNo).toGroup(Groups.CREDIT_OFFICE)
        .toGroup(Groups.INSPECTOR).to("INSPECTOR@demo.local")
        .with("taskName", "履约践诺核查").with("responsibleGroup", "核查").with("deadline", LocalDate.of(2025, 6, 30))
        .build());

    assertThat(notifications.forCase(caseNo)).extracting(NotificationView::recipient)
        .containsExactlyInAnyOrder("INSPECTOR@demo.local", "credit-office@demo.local");
  }

  @Test
  void anUnusableRecipientIsKeptAsFailedNotLost() {
    String caseNo = uniqueCase();
    String emptyGroup = "empty-group-" + System.nanoTime();
    var group = processEngine.getIdentityService().newGroup(emptyGroup);
    processEngine.getIdentityService().saveGroup(group);

    notifications.queue(denial(caseNo, "not-an-address").toGroup(emptyGroup).build());

    assertThat(notifications.forCase(caseNo)).hasSize(2).allSatisfy(row -> {
      assertThat(row.status()).isEqualTo(NotificationStatus.FAILED);
      assertThat(row.lastError()).isNotBlank();
    });
  }

  @Test
  void missingOrUnknownVariablesAreAProgrammingErrorAndQueueNothing() {
    String caseNo = uniqueCase();

    assertThatThrownBy(() -> notifications.queue(Notification.of(NotificationType.DECISION_DENIED, caseNo)
        .to("a@example.test").with("applicantName", "张三").with("itemName", "食品经营许可").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> notifications.queue(denial(caseNo, "a@example.test").with("reasn", "x").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reasn");
    assertThat(notifications.forCase(caseNo)).isEmpty();
  }

  @Test
  void officialsListACasesMailsOverRest() {
    String caseNo = uniqueCase();
    notifications.queue(denial(caseNo, "rest@example.test").build());

    HttpResponse<String> response = http.get("/api/notifications?case=" + caseNo, "clerk");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("rest@example.test").contains("【不予许可】").contains("\"attempts\":")
        .contains("\"type\":\"DECISION_DENIED\"");
    assertThat(http.get("/api/notifications?case=" + caseNo, "auditor").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/notifications?case=" + caseNo, "inspector").statusCode()).isEqualTo(403);
  }

  @Test
  void badCaseParameterIs400() {
    assertThat(http.get("/api/notifications", "clerk").statusCode()).isEqualTo(400);
    assertThat(http.get("/api/notifications?case=%20", "clerk").statusCode()).isEqualTo(400);
    assertThat(http.get("/api/notifications?case=" + "x".repeat(101), "clerk").statusCode()).isEqualTo(400);
    HttpResponse<String> control = http.get("/api/notifications?case="
        + URLEncoder.encode("CC\u0001", StandardCharsets.UTF_8), "clerk");
    assertThat(control.statusCode()).isEqualTo(400);
    assertThat(control.body()).contains("invalid-case");
  }

  private void deployProbeProcesses() {
    var repository = processEngine.getRepositoryService();
    if (repository.createProcessDefinitionQuery().processDefinitionKey("notification-probe-failing").count() > 0) {
      return;
    }
    BpmnModelInstance ok = Bpmn.createExecutableProcess("notification-probe").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("Task_QueueMail").camundaClass(QueueProbeDelegate.class.getName())
        .endEvent().done();
    BpmnModelInstance failing = Bpmn.createExecutableProcess("notification-probe-failing").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("Task_QueueMail").camundaClass(QueueProbeDelegate.class.getName())
        .serviceTask("Task_Fail").camundaClass(FailingProbeDelegate.class.getName())
        .endEvent().done();
    repository.createDeployment().name("notification-probes")
        .addModelInstance("notification-probe.bpmn", ok)
        .addModelInstance("notification-probe-failing.bpmn", failing).deploy();
  }
}
