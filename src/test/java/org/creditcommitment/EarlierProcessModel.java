package org.creditcommitment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * A process model of an earlier version, deployed from test resources for one test (as the version running instances
 * started on) and removed after it, so that every other test sees today's model as the latest. The resource is not
 * named .bpmn, or the engine would deploy it at start.
 */
public class EarlierProcessModel implements AutoCloseable {

  private final RepositoryService repository;
  private final Deployment deployment;
  private final ProcessDefinition definition;

  /**
   * @param testResource the earlier model, e.g. models/credit-objection-before-case-record.xml
   * @param resourceName the name it was deployed under, e.g. credit-objection.bpmn
   */
  public EarlierProcessModel(RepositoryService repository, String testResource, String resourceName) {
    this.repository = repository;
    try (InputStream model = EarlierProcessModel.class.getClassLoader().getResourceAsStream(testResource)) {
      deployment = repository.createDeployment().name("earlier model " + testResource)
          .addInputStream(resourceName, Objects.requireNonNull(model, testResource)).deploy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
  }

  public ProcessDefinition definition() {
    return definition;
  }

  @Override
  public void close() {
    repository.deleteDeployment(deployment.getId(), true);
  }
}
