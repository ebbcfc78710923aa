package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parsed form of a task is kept by its deployed resource, never by the task or its definition: a form deployed
 * later applies at once (formRefBinding "latest"), and removing that deployment brings back the form before it.
 */
class DeployedFormsTest extends IntegrationTest {

  private static final String PROCESS = "deployed-forms-test";
  private static final String FORM = "deployed-forms-test-form";

  private final List<String> deployments = new ArrayList<>();
  private final AtomicInteger parses = new AtomicInteger();

  @AfterEach
  void removeDeployments() {
    deployments.forEach(id -> repository().deleteDeployment(id, true));
  }

  @Test
  void aFormDeployedAfterTheTaskStartedIsTheOneReadWhileEachDeployedFormIsParsedOnce() {
    DeployedForms<String> forms = new DeployedForms<>(this::label);
    deploy(repository().createDeployment().addModelInstance(PROCESS + ".bpmn", process())
        .addString("first.form", form("第一版")));
    String taskId = startAndGetTask();

    assertThat(forms.ofTask(processEngine, taskId)).isEqualTo("第一版");
    assertThat(forms.ofTask(processEngine, taskId)).isEqualTo("第一版");
    assertThat(parses).as("the same deployed form is parsed once").hasValue(1);

    String second = deploy(repository().createDeployment().addString("second.form", form("第二版")));
    assertThat(forms.ofTask(processEngine, taskId)).as("the latest form applies at once").isEqualTo("第二版");
    assertThat(parses).hasValue(2);

    repository().deleteDeployment(second, true);
    deployments.remove(second);
    assertThat(forms.ofTask(processEngine, taskId)).as("the form before it again").isEqualTo("第一版");
    assertThat(parses).as("still kept by its own deployment").hasValue(2);
  }

  @Test
  void theCacheKeepsAtMostItsBoundAndReadsAnEvictedFormAgain() {
    DeployedForms<String> forms = new DeployedForms<>(this::label, 1);
    deploy(repository().createDeployment().addModelInstance(PROCESS + ".bpmn", process())
        .addString("first.form", form("第一版")));
    String taskId = startAndGetTask();
    forms.ofTask(processEngine, taskId);
    deploy(repository().createDeployment().addString("second.form", form("第二版")));
    forms.ofTask(processEngine, taskId);

    assertThat(forms.size()).isEqualTo(1);
    assertThat(parses).hasValue(2);
  }

  @Test
  void aTaskWithoutACamundaFormHasNone() {
    DeployedForms<String> forms = new DeployedForms<>(this::label);
    BpmnModelInstance withoutForm = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
        .userTask("Task_Test").name("测试").endEvent().done();
    deploy(repository().createDeployment().addModelInstance(PROCESS + ".bpmn", withoutForm));

    assertThat(forms.ofTask(processEngine, startAndGetTask())).isNull();
    assertThat(forms.ofTask(processEngine, "no-such-task")).isNull();
    assertThat(parses).hasValue(0);
  }

  private String label(JsonNode form) {
    parses.incrementAndGet();
    return form.path("components").path(0).path("label").asText();
  }

  private static BpmnModelInstance process() {
    return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
        .userTask("Task_Test").name("测试").camundaFormRef(FORM).camundaFormRefBinding("latest").endEvent().done();
  }

  private static String form(String label) {
    return "{\"id\":\"" + FORM + "\",\"type\":\"default\",\"components\":[{\"id\":\"Field_1\",\"type\":\"textfield\","
        + "\"key\":\"note\",\"label\":\"" + label + "\"}]}";
  }

  private String startAndGetTask() {
    String instance = processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();
    return processEngine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private String deploy(DeploymentBuilder deployment) {
    String id = deployment.name("deployed forms test").deploy().getId();
    deployments.add(id);
    return id;
  }

  private RepositoryService repository() {
    return processEngine.getRepositoryService();
  }
}
