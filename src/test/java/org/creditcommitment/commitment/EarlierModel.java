package org.creditcommitment.commitment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * A lifecycle model of an earlier version, deployed from test resources for one test (as the version running cases
 * started on) and removed after it, so that every other test sees today's model as the latest. The resource is not
 * named .bpmn, or the engine would deploy it at start.
 */
final class EarlierModel implements AutoCloseable {

  private final RepositoryService repository;
  private final Deployment deployment;
  private final ProcessDefinition definition;

  EarlierModel(RepositoryService repository, String testResource) {
    this.repository = repository;
    try (InputStream model = EarlierModel.class.getClassLoader().getResourceAsStream(testResource)) {
      deployment = repository.createDeployment().name("earlier lifecycle model " + testResource)
          .addInputStream("commitment-lifecycle.bpmn", Objects.requireNonNull(model, testResource)).deploy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
  }

  ProcessDefinition definition() {
    return definition;
  }

  @Override
  public void close() {
    repository.deleteDeployment(deployment.getId(), true);
  }
}
