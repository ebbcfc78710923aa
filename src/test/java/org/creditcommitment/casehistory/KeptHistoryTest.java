package org.creditcommitment.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine's history keeps what the auditor's timeline and diagram read and leaves out the rows nobody reads: the
 * log of jobs that were created, done or deleted (a failure is still logged), the identity-link log, the per-update
 * variable detail and the activity instances of exclusive gateways.
 */
class KeptHistoryTest extends IntegrationTest {

  @Autowired AuditedCases cases;
  @Autowired HistoryService history;
  @Autowired ObjectMapper json;

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

    // what the timeline reads is all there: who claimed and completed, decisions, the failure
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pid).finished().count()).isPositive();
    assertThat(history.createUserOperationLogQuery().processInstanceId(pid).operationType("Claim").count())
        .isPositive();
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(pid).count()).isPositive();
    HttpResponse<String> timeline = http.get("/api/cases/" + c.caseNo() + "/history", "auditor");
    assertThat(timeline.statusCode()).as(timeline.body()).isEqualTo(200);
    assertThat(timeline.body()).contains("\"job.failed\"", "\"operation.Claim\"", "\"task.completed\"",
        "\"decision.evaluated\"");
  }

  /**
   * The values officials submitted are on the record ({@code form_submission}), each variable's last value in the
   * variable history; a gateway's choice is the activity after it. The timeline and the diagram show the same.
   */
  @Test
  void aCaseWritesNoVariableDetailNorGatewayRowsYetItsTimelineShowsTheSubmittedValuesAndItsDiagramThePath()
      throws Exception {
    CaseRecord c = cases.everyKindOfStep();
    String pid = c.processInstanceId();

    assertThat(history.createHistoricDetailQuery().processInstanceId(pid).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pid).activityType("exclusiveGateway")
        .count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pid).count()).isPositive();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pid)
        .activityId("Task_AcceptApplication").count()).isOne();

    Map<String, Object> timeline = json.readValue(http.get("/api/cases/" + c.caseNo() + "/history", "auditor")
        .body(), new TypeReference<>() {});
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) timeline.get("entries");
    assertThat(entries).anyMatch(e -> "task.completed".equals(e.get("type"))
        && "Task_AcceptApplication".equals(e.get("activityId"))
        && Map.of("acceptanceDecision", "ACCEPT").equals(((Map<?, ?>) e.get("details")).get("formValues")));

    HttpResponse<String> response = http.get("/api/cases/" + c.caseNo() + "/diagram", "auditor");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    CaseDiagram.Diagram diagram = json.readValue(response.body(), CaseDiagram.Diagram.class);
    assertThat(diagram.activities()).contains(new CaseDiagram.ActivityPass("Gateway_Accepted", 1, false, false),
        new CaseDiagram.ActivityPass("Gateway_Outcome", 1, false, false));
    assertThat(diagram.activities()).extracting(CaseDiagram.ActivityPass::activityId)
        .doesNotContain("Gateway_SignedOrDeclined");
    assertThat(diagram.takenFlows()).contains("Flow_ToAcceptedGateway", "Flow_Accepted", "Flow_ToOutcome",
        "Flow_Approved").doesNotContain("Flow_NotAccepted", "Flow_ToDenied", "Flow_ToStandardReview");
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
