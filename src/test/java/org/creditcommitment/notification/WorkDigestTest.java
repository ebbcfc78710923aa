package org.creditcommitment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.CaseScenarios;
import org.creditcommitment.system.ClockConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 待办工作日报: only officials who chose it get it, once a day, with their new and overdue tasks by number. */
class WorkDigestTest extends IntegrationTest {

  @Autowired WorkDigests digests;
  @Autowired Notifications notifications;
  @Autowired CaseScenarios scenarios;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private String official() {
    String id = "digest" + System.nanoTime();
    User user = identity.newUser(id);
    user.setFirstName("测试");
    user.setLastName("张");
    user.setEmail(id + "@example.test");
    identity.saveUser(user);
    return id;
  }

  private String digestKey(String userId) {
    return "WD-" + LocalDate.ofInstant(clock.instant(), ClockConfig.ZONE) + "-" + userId;
  }

  private CaseRecord caseAssignedTo(String userId) {
    CaseRecord c = scenarios.awaitingDecision("SCJG-SP-001");
    Task task = tasks.createTaskQuery().processInstanceId(c.processInstanceId()).singleResult();
    tasks.setAssignee(task.getId(), userId);
    return c;
  }

  @Test
  void anOfficialWhoChoseTheDigestGetsTheirNewTaskByNumberOnceADay() {
    String userId = official();
    CaseRecord c = caseAssignedTo(userId);
    digests.subscribe(userId, true);

    digests.sendAll();
    digests.sendAll();

    List<NotificationView> mails = notifications.forCase(digestKey(userId));
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).recipient()).isEqualTo(userId + "@example.test");
    assertThat(mails.get(0).subject()).contains("待办工作日报");
    assertThat(mails.get(0).body()).contains("作出行政决定（" + c.caseNo() + "）").contains("（当日24:00止）");
    digests.subscribe(userId, false);
  }

  @Test
  void aTaskPastItsDeadlineIsListedAsOverdueAndAnOfficialWhoDidNotChooseGetsNothing() {
    String subscribed = official();
    String other = official();
    CaseRecord c = caseAssignedTo(subscribed);
    caseAssignedTo(other);
    digests.subscribe(subscribed, true);
    clock.advance(Duration.ofDays(120));

    digests.sendAll();

    String body = notifications.forCase(digestKey(subscribed)).get(0).body();
    assertThat(body.substring(body.indexOf("已超过办理期限"))).contains(c.caseNo());
    assertThat(notifications.forCase(digestKey(other))).isEmpty();
    digests.subscribe(subscribed, false);
  }

  @Test
  void officialsChooseTheDigestThemselvesAndThePortalCannot() {
    assertThat(http.put("/api/me/work-digest", "clerk", "{\"subscribed\":true}").body()).contains("\"subscribed\":true");
    assertThat(http.get("/api/me/work-digest", "clerk").body()).contains("\"subscribed\":true");
    assertThat(http.put("/api/me/work-digest", "clerk", "{}").statusCode()).isEqualTo(400);
    assertThat(http.get("/api/me/work-digest", "clerk").body()).contains("\"subscribed\":true");
    assertThat(http.put("/api/me/work-digest", "portal", "{\"subscribed\":true}").statusCode()).isEqualTo(403);
    assertThat(http.put("/api/me/work-digest", "clerk", "{\"subscribed\":false}").body())
        .contains("\"subscribed\":false");
  }
}
