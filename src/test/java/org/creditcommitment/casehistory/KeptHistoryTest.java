package org.creditcommitment.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.HistoryService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's history keeps what the auditor's timeline reads and leaves out the rows nobody reads: the log of jobs
 * that were created, done or deleted (a failure is still logged) and the identity-link log.
 */
class KeptHistoryTest extends IntegrationTest {

  @Autowired AuditedCases cases;
  @Autowired HistoryService history;

  @Test
  void aCaseKeepsItsFailedJobsButNoLogOfJobsThatWentWellNorOfCandidateLinksAndItsTimelineIsComplete() {
    CaseRecord c = cases.everyKindOfStep();
    String pid = c.processInstanceId();

    assertThat(history.createHistoricJobLogQuery().processInstanceId(pid).failureLog().count())
        .as("the failure the timeline shows as 作业失败").isPositive();
    assertThat(history.createHistoricJobLogQuery().processInstanceId(pid).creationLog().count()).isZero();
    assertThat(history.createHistoricJobLogQuery().processInstanceId(pid).successLog().count()).isZero();
    assertThat(history.createHistoricJobLogQuery().processInstanceId(pid).deletionLog().count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pid).list()).isNotEmpty()
        .allSatisfy(t -> assertThat(history.createHistoricIdentityLinkLogQuery().taskId(t.getId()).count()).isZero());

    // what the timeline reads is all there: who claimed and completed, form values, decisions, the failure
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pid).finished().count()).isPositive();
    assertThat(history.createUserOperationLogQuery().processInstanceId(pid).operationType("Claim").count())
        .isPositive();
    assertThat(history.createHistoricDetailQuery().processInstanceId(pid).count()).isPositive();
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(pid).count()).isPositive();
    HttpResponse<String> timeline = http.get("/api/cases/" + c.caseNo() + "/history", "auditor");
    assertThat(timeline.statusCode()).as(timeline.body()).isEqualTo(200);
    assertThat(timeline.body()).contains("\"job.failed\"", "\"operation.Claim\"", "\"task.completed\"",
        "\"decision.evaluated\"");
  }

  @Test
  void anEndedCasesEngineHistoryIsDueForRemovalTenYearsAfterTheCaseEndedNotAfterItStarted() {
    CaseRecord c = cases.everyKindOfStep();
    var instance = history.createHistoricProcessInstanceQuery().processInstanceId(c.processInstanceId()).singleResult();
    assertThat(instance.getEndTime()).isNotNull();
    assertThat(instance.getRemovalTime()).isEqualTo(java.util.Date.from(instance.getEndTime().toInstant()
        .plus(java.time.Duration.ofDays(3650))));
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(c.processInstanceId()).list())
        .allSatisfy(a -> assertThat(a.getRemovalTime()).isEqualTo(instance.getRemovalTime()));
  }
}
