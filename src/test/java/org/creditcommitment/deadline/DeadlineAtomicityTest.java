package org.creditcommitment.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A process step that schedules a deadline and then fails leaves nothing behind: no deadline row, the task
 * still open. The engine and the deadline table share one transaction; Quartz is not part of it at all.
 */
class DeadlineAtomicityTest extends IntegrationTest {

  private static final String KEY = "deadline-atomicity-test";

  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void deploy() {
    if (processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0) {
      return;
    }
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).name("截止期原子性测试").camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_First").name("第一步")
        .receiveTask("Task_Wait").name("等待").message("AtomicityMessage")
        .camundaExecutionListenerDelegateExpression("start", "${deadlineStartListener}")
        .camundaExecutionListenerExpression("start", "${execution.getVariable('failAfterSchedule') ? noSuchBean.fail() : null}")
        .endEvent().done();
    var waitTask = model.getModelElementById("Task_Wait");
    var listeners = ((org.camunda.bpm.model.bpmn.instance.BaseElement) waitTask).getExtensionElements()
        .getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class)
        .list();
    var deadlineListener = listeners.get(0);
    var kind = model.newInstance(org.camunda.bpm.model.bpmn.instance.camunda.CamundaField.class);
    kind.setCamundaName("kind");
    kind.setCamundaStringValue("atomicity");
    var spec = model.newInstance(org.camunda.bpm.model.bpmn.instance.camunda.CamundaField.class);
    spec.setCamundaName("spec");
    spec.setCamundaStringValue("5WD");
    deadlineListener.getCamundaFields().add(kind);
    deadlineListener.getCamundaFields().add(spec);
    processEngine.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn", model).deploy();
  }

  private int rows(ProcessInstance instance) {
    return jdbc.queryForObject("select count(*) from deadline where process_instance_id = ?", Integer.class,
        instance.getId());
  }

  private int quartzTriggers() {
    return jdbc.queryForObject("select count(*) from QRTZ_TRIGGERS", Integer.class);
  }

  @Test
  void aFailingStepLeavesNoDeadlineRow() {
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(KEY,
        java.util.Map.of("failAfterSchedule", true));
    String task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
        .getId();

    assertThatThrownBy(() -> processEngine.getTaskService().complete(task)).isInstanceOf(Exception.class);

    assertThat(rows(instance)).isZero();
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @Test
  void aSucceedingStepCommitsItsDeadlineRowAndLeavesQuartzAlone() {
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(KEY,
        java.util.Map.of("failAfterSchedule", false));
    String task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
        .getId();
    int triggersBefore = quartzTriggers();
    processEngine.getTaskService().complete(task);
    assertThat(rows(instance)).isEqualTo(1);
    assertThat(quartzTriggers()).as("a step never waits for Quartz' cluster lock: the sweep finds the row")
        .isEqualTo(triggersBefore);
  }
}
