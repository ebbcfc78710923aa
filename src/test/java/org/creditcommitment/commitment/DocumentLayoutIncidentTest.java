package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.runtime.Incident;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.documents.DocumentLayouts;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.DocumentsProperties;
import org.creditcommitment.documents.IssuedDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A document that cannot be laid out fails alone and visibly: the step that issued it has committed and the case goes
 * on, the failure is an incident on the case's process (Cockpit), and the retry that succeeds resolves it.
 */
class DocumentLayoutIncidentTest extends IntegrationTest {

  @Autowired LifecycleDriver driver;
  @Autowired Documents documents;
  @Autowired DocumentLayouts layouts;
  @Autowired DocumentsProperties properties;

  private Path broken;

  @AfterEach
  void repair() throws IOException {
    if (broken != null) {
      Files.deleteIfExists(broken);
    }
    clock.reset();
  }

  @Test
  void aNoticeThatCannotBeLaidOutIsAnIncidentOfTheCaseWhichGoesOnAndTheSuccessfulRetryResolvesIt() throws IOException {
    CaseRecord c = driver.apply(driver.subject("AA"), "SCJG-SP-001", CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    Files.createDirectories(properties.templateDir());
    broken = properties.templateDir().resolve("conditions-notice.html");
    Files.writeString(broken, "<html><body><div th:insert=\"~{no-such-template :: nothing}\"></div></body></html>");

    driver.notifyConditions(c);

    assertThat(driver.task(c, "Task_AwaitSignature")).as("the case went on").isNotNull();
    IssuedDocument notice = documents.latest(c.caseNo(), DocumentType.CONDITIONS_NOTICE).orElseThrow();
    assertThat(notice.laidOut()).isFalse();
    assertThat(incidents(c)).singleElement().satisfies(incident ->
        assertThat(incident.getIncidentMessage()).contains("文书", String.valueOf(notice.id())));

    Files.delete(broken);
    broken = null;
    clock.advance(Duration.ofMinutes(2));
    layouts.layOutDue();

    assertThat(documents.find(notice.id()).orElseThrow().laidOut()).isTrue();
    assertThat(incidents(c)).isEmpty();
  }

  private java.util.List<Incident> incidents(CaseRecord c) {
    return processEngine.getRuntimeService().createIncidentQuery().processInstanceId(c.processInstanceId())
        .incidentType(DocumentLayouts.INCIDENT_TYPE).list();
  }
}
