package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.deadline.DeadlineService;
import org.creditcommitment.deadline.DeadlineView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A task that waits under a deadline carries it as its due date, so Tasklist sorts and marks by urgency. */
class TaskDueDatesTest extends IntegrationTest {

  @Autowired LifecycleDriver driver;
  @Autowired DeadlineService deadlines;

  @Test
  void theDecisionTaskIsDueWhenTheDecisionDeadlinePassesAndFollowedUpAtItsReminder() {
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    assertThat(driver.task(c, "Task_NotifyConditions").getDueDate()).as("no deadline runs yet").isNull();
    driver.notifyConditions(c);
    Task signature = driver.task(c, "Task_AwaitSignature");
    assertThat(signature.getDueDate().toInstant()).isEqualTo(active(c, "signing").due());
    driver.signOnline(c);
    driver.accept(c);

    Task decision = driver.task(c, "Task_MakeDecision");
    DeadlineView deadline = active(c, "decision");

    assertThat(decision.getDueDate().toInstant()).isEqualTo(deadline.due());
    assertThat(decision.getFollowUpDate()).isNotNull();
    assertThat(decision.getFollowUpDate().toInstant()).isBefore(deadline.due());
  }

  private DeadlineView active(CaseRecord c, String kind) {
    return deadlines.list(c.caseNo()).stream().filter(d -> d.kind().equals(kind) && d.cancelledAt() == null
        && d.firedAt() == null).findFirst().orElseThrow();
  }
}
