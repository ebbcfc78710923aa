package org.creditcommitment.deadline;

import org.camunda.bpm.engine.RepositoryService;

/** Deploys the test-only processes of src/test/resources/bpmn-test (once; duplicates are filtered). */
final class DeadlineTestProcesses {

  static final String TASK_PROCESS = "deadline-test-task";
  static final String GATEWAY_PROCESS = "deadline-test-gateway";

  private DeadlineTestProcesses() {}

  static void deploy(RepositoryService repositoryService) {
    repositoryService.createDeployment().name("deadline-test").enableDuplicateFiltering(true)
        .addClasspathResource("bpmn-test/deadline-test.bpmn20.xml").deploy();
  }
}
