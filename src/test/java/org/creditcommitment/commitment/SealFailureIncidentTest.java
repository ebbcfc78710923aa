package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.runtime.Incident;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.documents.DocumentLayouts;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.documents.seal.DocumentSealer;
import org.creditcommitment.documents.seal.SealIdentity;
import org.creditcommitment.documents.seal.SealProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A seal provider that is down (a provincial seal service, a key store gone) never rolls back the decision: the step
 * commits, the document waits as 出具中 with an incident on the case, and the retry after the provider is back seals
 * it and resolves the incident.
 */
class SealFailureIncidentTest extends IntegrationTest {

  @Autowired LifecycleDriver driver;
  @Autowired Documents documents;
  @Autowired DocumentLayouts layouts;
  @Autowired DocumentSealer sealer;

  @Test
  void aSealProviderThatIsDownLeavesAnIncidentOnTheDocumentStepAndTheCaseGoesOn() {
    CaseRecord c = driver.apply(driver.subject("AA"), "SCJG-SP-001", CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    SealProvider working = (SealProvider) ReflectionTestUtils.getField(sealer, "provider");
    ReflectionTestUtils.setField(sealer, "provider", new SealProvider() {
      @Override
      public SealIdentity identity(String department) {
        return working.identity(department);
      }

      @Override
      public byte[] sign(String department, byte[] content) {
        throw new IllegalStateException("seal service unavailable");
      }
    });
    IssuedDocument notice;
    try {
      driver.notifyConditions(c);

      assertThat(driver.task(c, "Task_AwaitSignature")).as("the case went on").isNotNull();
      notice = documents.latest(c.caseNo(), DocumentType.CONDITIONS_NOTICE).orElseThrow();
      assertThat(notice.laidOut()).isFalse();
      assertThat(incidents(c)).singleElement().satisfies(incident ->
          assertThat(incident.getIncidentMessage()).contains(String.valueOf(notice.id()), "seal service unavailable"));
    } finally {
      ReflectionTestUtils.setField(sealer, "provider", working);
    }
    try {
      clock.advance(Duration.ofMinutes(2));
      layouts.layOutDue();
    } finally {
      clock.reset();
    }

    assertThat(documents.find(notice.id()).orElseThrow().laidOut()).isTrue();
    assertThat(incidents(c)).isEmpty();
  }

  private java.util.List<Incident> incidents(CaseRecord c) {
    return processEngine.getRuntimeService().createIncidentQuery().processInstanceId(c.processInstanceId())
        .incidentType(DocumentLayouts.INCIDENT_TYPE).list();
  }
}
