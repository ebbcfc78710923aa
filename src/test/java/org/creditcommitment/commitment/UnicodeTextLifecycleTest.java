package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.UnicodeSamples;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.system.DocumentFont;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text of every Unicode plane in an official's decision: refused with 400 and the case waiting at the same step, or
 * accepted and then printed in the decision, mailed and shown on the auditor's timeline and its export, with the case ended as decided. Never a
 * case that stops.
 */
class UnicodeTextLifecycleTest extends IntegrationTest {

  @Autowired LifecycleDriver driver;
  @Autowired Documents documents;
  @Autowired Notifications notifications;

  @Test
  void aDenialReasonOfAnyPlaneIsRefusedOrPrintedMailedAndShownAndTheCaseNeverStops() {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> sample : UnicodeSamples.BY_KIND.entrySet()) {
      String reason = "经营场所不符合许可条件" + sample.getValue();
      CaseRecord c = driver.apply(driver.subject("AA"), "SCJG-SP-001", CommitmentType.NOTIFY_COMMIT);
      driver.runJobs(c);
      driver.notifyConditions(c);
      driver.signOnline(c);
      driver.accept(c);
      String taskId = driver.task(c, "Task_MakeDecision").getId();

      HttpResponse<String> answer = http.post("/engine-rest/task/" + taskId + "/complete", "approver",
          "{\"variables\":{\"decision\":{\"value\":\"DENY\"},\"denialReason\":{\"value\":\"" + reason + "\"}}}");
      driver.runJobs(c);

      String kind = sample.getKey();
      if (DocumentFont.firstUnprintable(reason) >= 0) {
        if (answer.statusCode() != 400 || !answer.body().contains("denialReason")) {
          wrong.add(kind + ": expected 400 naming the field, got " + answer.statusCode() + " " + answer.body());
        } else if (driver.task(c, "Task_MakeDecision") == null) {
          wrong.add(kind + ": refused, but the decision task is gone");
        }
        continue;
      }
      if (answer.statusCode() != 204) {
        wrong.add(kind + ": printable text refused: " + answer.statusCode() + " " + answer.body());
        continue;
      }
      CaseRecord ended = driver.reload(c);
      IssuedDocument decision = documents.latest(c.caseNo(), DocumentType.DENIAL_DECISION).orElse(null);
      if (!EndState.DENIED.name().equals(ended.endState())) {
        wrong.add(kind + ": the case did not end denied: " + ended.endState());
      } else if (decision == null || !decision.laidOut()) {
        wrong.add(kind + ": the denial decision was not laid out");
      } else if (notifications.forCase(c.caseNo()).stream().noneMatch(n ->
          n.type() == NotificationType.DECISION_DENIED && n.body().contains(reason))) {
        wrong.add(kind + ": the denial mail does not carry the reason");
      } else if (!http.get("/api/cases/" + c.caseNo() + "/history", "auditor").body().contains(reason)
          || !http.get("/api/cases/" + c.caseNo() + "/history.csv", "auditor").body().contains(reason)) {
        wrong.add(kind + ": the auditor's timeline and its export do not show the reason");
      }
    }
    assertThat(wrong).isEmpty();
  }
}
