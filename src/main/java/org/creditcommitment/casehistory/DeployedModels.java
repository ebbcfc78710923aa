package org.creditcommitment.casehistory;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.creditcommitment.deadline.DeadlineKinds;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the deployed models of a case say beyond its history: the form of each user task (labels and option
 * labels, read from the deployment, so a designer's edit shows) and which element carries each deadline.
 * Deployments never change, so what is read once per deployment or process definition is kept. Call within
 * {@code SystemCall}: the caller's engine permissions may not cover deployments.
 */
@Component
class DeployedModels {

  /** How many recent deployments are searched for a form its process's deployment lacks. */
  private static final int RECENT_DEPLOYMENTS = 20;
  static final String DEADLINE_MESSAGE_PREFIX = "Deadline_";

  private final RepositoryService repository;
  private final ObjectMapper json;
  private final DeadlineKinds deadlineKinds;
  private final Map<String, Map<String, FormDefinition>> formsByDeployment = new ConcurrentHashMap<>();
  private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

  DeployedModels(RepositoryService repository, ObjectMapper json, DeadlineKinds deadlineKinds) {
    this.repository = repository;
    this.json = json;
    this.deadlineKinds = deadlineKinds;
  }

  /**
   * What one process definition says.
   *
   * @param formRefs user task id to its Camunda Form id
   * @param deadlineSteps deadline kind to the element whose listener sets it
   * @param deadlineEvents deadline kind to the boundary event its firing triggers
   * @param names element id to its name
   */
  record Definition(String deploymentId, Map<String, String> formRefs, Map<String, String> deadlineSteps,
      Map<String, String> deadlineEvents, Map<String, String> names) {}

  /** The models of all process instances of a case, the first instance winning where two say the same. */
  CaseModel of(List<HistoricProcessInstance> instances) {
    Map<String, FormDefinition> forms = new HashMap<>();
    Map<String, String> steps = new HashMap<>();
    Map<String, String> events = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (HistoricProcessInstance instance : instances) {
      Definition definition = definitions.computeIfAbsent(instance.getProcessDefinitionId(), this::read);
      definition.formRefs().forEach((task, formId) -> form(definition.deploymentId(), formId)
          .ifPresent(form -> forms.putIfAbsent(task, form)));
      definition.deadlineSteps().forEach(steps::putIfAbsent);
      definition.deadlineEvents().forEach(events::putIfAbsent);
      definition.names().forEach(names::putIfAbsent);
    }
    return new CaseModel(forms, steps, events, names, deadlineKinds::name);
  }

  private Definition read(String processDefinitionId) {
    ProcessDefinition definition = repository.getProcessDefinition(processDefinitionId);
    BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
    Map<String, String> formRefs = new LinkedHashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() != null) {
        formRefs.put(task.getId(), task.getCamundaFormRef());
      }
    }
    Map<String, String> steps = new LinkedHashMap<>();
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      String kind = kindField(listener);
      ModelElementInstance owner = listener.getParentElement() == null ? null
          : listener.getParentElement().getParentElement();
      if (kind != null && "start".equals(listener.getCamundaEvent()) && owner != null) {
        steps.putIfAbsent(kind, owner.getAttributeValue("id"));
      }
    }
    Map<String, String> events = new LinkedHashMap<>();
    for (CatchEvent event : model.getModelElementsByType(CatchEvent.class)) {
      String message = EngineHistory.messageName(model, event.getId());
      if (message != null && message.startsWith(DEADLINE_MESSAGE_PREFIX)) {
        events.putIfAbsent(message.substring(DEADLINE_MESSAGE_PREFIX.length()), event.getId());
      }
    }
    Map<String, String> names = new HashMap<>();
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if (element.getName() != null && !element.getName().isBlank()) {
        names.put(element.getId(), element.getName());
      }
    }
    return new Definition(definition.getDeploymentId(), Map.copyOf(formRefs), Map.copyOf(steps), Map.copyOf(events),
        Map.copyOf(names));
  }

  private static String kindField(CamundaExecutionListener listener) {
    for (CamundaField field : listener.getCamundaFields()) {
      if ("kind".equals(field.getCamundaName())) {
        if (field.getCamundaStringValue() != null) {
          return field.getCamundaStringValue();
        }
        return field.getCamundaString() == null ? null : field.getCamundaString().getTextContent().strip();
      }
    }
    return null;
  }

  /** The form from the process's own deployment, else from the newest deployment that has it. */
  private Optional<FormDefinition> form(String deploymentId, String formId) {
    FormDefinition own = forms(deploymentId).get(formId);
    if (own != null) {
      return Optional.of(own);
    }
    for (Deployment deployment : repository.createDeploymentQuery().orderByDeploymentTime().desc()
        .listPage(0, RECENT_DEPLOYMENTS)) {
      FormDefinition found = forms(deployment.getId()).get(formId);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  private Map<String, FormDefinition> forms(String deploymentId) {
    return formsByDeployment.computeIfAbsent(deploymentId, id -> {
      Map<String, FormDefinition> forms = new HashMap<>();
      for (String name : repository.getDeploymentResourceNames(id)) {
        if (!name.endsWith(".form")) {
          continue;
        }
        try (InputStream in = repository.getResourceAsStream(id, name)) {
          FormDefinition form = FormDefinition.parse(json.readTree(in));
          if (form.id() != null) {
            forms.put(form.id(), form);
          }
        } catch (IOException | RuntimeException unreadable) {
          // a broken form costs the business view its labels, never the history itself
        }
      }
      return Map.copyOf(forms);
    });
  }
}
