package org.creditcommitment.casehistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.Cases;
import org.springframework.stereotype.Component;

/**
 * The timeline lines the engine's history (level full) holds for one process instance: activities,
 * user tasks with their form values and who claimed and completed them, DMN decisions, incidents, failed
 * jobs, messages received (withdrawals among them) and the user operation log. Callers run it without the
 * caller's engine authorization ({@code SystemCall}); access is decided by the REST layer.
 */
@Component
class EngineHistory {

  /** The message that withdraws an application (DESIGN.md); its boundary event is shown as a withdrawal. */
  static final String WITHDRAW_MESSAGE = "WithdrawApplication";
  private static final int MAX_VALUE_LENGTH = 4000;

  private final HistoryService history;
  private final RepositoryService repository;

  private final Cases cases;
  private final FormSubmissions submissions;

  EngineHistory(HistoryService history, RepositoryService repository, Cases cases, FormSubmissions submissions) {
    this.history = history;
    this.repository = repository;
    this.cases = cases;
    this.submissions = submissions;
  }

  List<TimelineEntry> entries(HistoricProcessInstance instance) {
    String pid = instance.getId();
    List<TimelineEntry> out = new ArrayList<>();
    process(instance, out);
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery().processInstanceId(pid)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
    BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
    activities.forEach(a -> activity(a, model, out));

    List<UserOperationLogEntry> operations = history.createUserOperationLogQuery().processInstanceId(pid)
        .orderByTimestamp().asc().list();
    Map<String, Map<String, Object>> formValues = new HashMap<>();
    Map<String, Map<String, Object>> otherUpdates = new LinkedHashMap<>();
    Map<String, Instant> otherUpdateTimes = new HashMap<>();
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceId(pid).list();
    Map<String, String> taskByActivityInstance = tasks.stream().filter(t -> t.getActivityInstanceId() != null)
        .collect(Collectors.toMap(HistoricTaskInstance::getActivityInstanceId, HistoricTaskInstance::getId, (a, b) -> a));
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(pid)
        .disableCustomObjectDeserialization().orderPartiallyByOccurrence().asc().list()) {
      String taskId = detail.getTaskId() != null ? detail.getTaskId()
          : taskByActivityInstance.get(detail.getActivityInstanceId());
      String name;
      Object value;
      if (detail instanceof HistoricFormField field) {
        name = field.getFieldId();
        value = field.getFieldValue();
      } else if (detail instanceof HistoricVariableUpdate update) {
        name = update.getVariableName();
        value = value(update);
      } else {
        continue;
      }
      if (taskId != null) {
        formValues.computeIfAbsent(taskId, k -> new LinkedHashMap<>()).put(name, value);
      } else {
        String key = String.valueOf(detail.getActivityInstanceId());
        otherUpdates.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(name, value);
        otherUpdateTimes.putIfAbsent(key, instant(detail.getTime()));
      }
    }
    // what officials submitted that the process does not keep: recorded with the submission
    submissions.byProcessInstance(pid).forEach((taskId, values) -> values.forEach(
        (name, value) -> formValues.computeIfAbsent(taskId, k -> new LinkedHashMap<>()).putIfAbsent(name, value)));
    tasks.forEach(t -> task(t, formValues.getOrDefault(t.getId(), Map.of()), operations, out));
    Map<String, String> activityIds = activities.stream().collect(Collectors.toMap(HistoricActivityInstance::getId,
        HistoricActivityInstance::getActivityId, (a, b) -> a));
    otherUpdates.forEach((activityInstanceId, values) -> out.add(entry(otherUpdateTimes.get(activityInstanceId),
        "variables.updated", null, activityIds.get(activityInstanceId), Map.of("variables", values))));

    operations(operations, out);
    decisions(pid, out);
    incidents(pid, out);
    jobFailures(pid, out);
    return out;
  }

  private void process(HistoricProcessInstance instance, List<TimelineEntry> out) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("processInstanceId", instance.getId());
    details.put("processDefinitionKey", instance.getProcessDefinitionKey());
    details.put("processDefinitionName", instance.getProcessDefinitionName());
    details.put("version", instance.getProcessDefinitionVersion());
    // what the process was started with: the variables it was started with, as the variable history keeps them
    // (their last value; they are not changed after the start, and the per-update detail is not kept, KeptHistory),
    // and what a lifecycle case keeps on its record rather than in variables
    Map<String, Object> application = new LinkedHashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableNameIn(EngineEvents.START_VARIABLES.toArray(String[]::new)).disableCustomObjectDeserialization()
        .list().forEach(v -> application.put(v.getName(), shorten(v.getValue())));
    if (instance.getBusinessKey() != null) {
      cases.find(instance.getBusinessKey()).filter(c -> instance.getId().equals(c.processInstanceId()))
          .ifPresent(c -> application.putAll(application(c)));
    }
    if (!application.isEmpty()) {
      details.put("application", application);
    }
    out.add(entry(instance.getStartTime(), "process.started", instance.getStartUserId(), instance.getStartActivityId(),
        details));
    if (instance.getEndTime() != null) {
      Map<String, Object> end = new LinkedHashMap<>();
      end.put("processInstanceId", instance.getId());
      end.put("state", instance.getState());
      end.put("deleteReason", instance.getDeleteReason());
      if (instance.getBusinessKey() != null) {
        cases.find(instance.getBusinessKey()).filter(c -> instance.getId().equals(c.processInstanceId()))
            .map(CaseRecord::endState).ifPresent(state -> end.put("endState", state));
      }
      out.add(entry(instance.getEndTime(), "process.ended", null, instance.getEndActivityId(), end));
    }
  }

  private static Map<String, Object> application(CaseRecord c) {
    Map<String, Object> application = new LinkedHashMap<>();
    application.put("applicantName", c.applicantName());
    application.put("applicantCode", c.applicantCode());
    application.put("commitmentTypeLabel", c.commitmentType().label());
    application.put("missingMaterialsText", c.missingMaterials().isEmpty() ? "无" : String.join("、", c.missingMaterials()));
    return application;
  }

  private void activity(HistoricActivityInstance a, BpmnModelInstance model, List<TimelineEntry> out) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("name", a.getActivityName());
    details.put("activityType", a.getActivityType());
    out.add(entry(a.getStartTime(), "activity.started", null, a.getActivityId(), details));
    String message = messageName(model, a.getActivityId());
    if (message != null) {
      // a boundary event is entered when its message arrives; a waiting catch event or receive task is left then
      boolean boundary = a.getActivityType() != null && a.getActivityType().startsWith("boundary");
      Date received = boundary ? a.getStartTime() : (a.isCanceled() ? null : a.getEndTime());
      if (received != null) {
        out.add(entry(received, WITHDRAW_MESSAGE.equals(message) ? "withdrawal" : "message.received", null,
            a.getActivityId(), Map.of("message", message, "name", String.valueOf(a.getActivityName()))));
      }
    }
    if (a.getEndTime() != null) {
      Map<String, Object> end = new LinkedHashMap<>(details);
      end.put("canceled", a.isCanceled());
      end.put("durationMs", a.getDurationInMillis());
      out.add(entry(a.getEndTime(), "activity.ended", null, a.getActivityId(), end));
    }
  }

  static String messageName(BpmnModelInstance model, String activityId) {
    ModelElementInstance element = activityId == null ? null : model.getModelElementById(activityId);
    if (element instanceof ReceiveTask receive && receive.getMessage() != null) {
      return receive.getMessage().getName();
    }
    if (element instanceof CatchEvent event) {
      return event.getEventDefinitions().stream().filter(MessageEventDefinition.class::isInstance)
          .map(d -> ((MessageEventDefinition) d).getMessage()).filter(m -> m != null).map(m -> m.getName())
          .findFirst().orElse(null);
    }
    return null;
  }

  private void task(HistoricTaskInstance t, Map<String, Object> values, List<UserOperationLogEntry> operations,
      List<TimelineEntry> out) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("taskId", t.getId());
    details.put("name", t.getName());
    details.put("taskDefinitionKey", t.getTaskDefinitionKey());
    details.put("due", t.getDueDate() == null ? null : instant(t.getDueDate()).toString());
    out.add(entry(t.getStartTime(), "task.created", null, t.getTaskDefinitionKey(), details));
    if (t.getEndTime() == null) {
      return;
    }
    String completedBy = operations.stream()
        .filter(o -> t.getId().equals(o.getTaskId()) && UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(o.getOperationType()))
        .map(UserOperationLogEntry::getUserId).filter(u -> u != null).findFirst().orElse(t.getAssignee());
    Map<String, Object> end = new LinkedHashMap<>(details);
    end.put("assignee", t.getAssignee());
    boolean completed = "completed".equals(t.getDeleteReason());
    if (completed) {
      end.put("formValues", values);
    } else {
      end.put("reason", t.getDeleteReason());
    }
    end.put("durationMs", t.getDurationInMillis());
    out.add(entry(t.getEndTime(), completed ? "task.completed" : "task.deleted", completedBy, t.getTaskDefinitionKey(),
        end));
  }

  /** One line per operation: the log has one row per changed property, sharing the operation id. */
  private void operations(List<UserOperationLogEntry> operations, List<TimelineEntry> out) {
    Map<String, List<UserOperationLogEntry>> byOperation = operations.stream()
        .collect(Collectors.groupingBy(UserOperationLogEntry::getOperationId, LinkedHashMap::new, Collectors.toList()));
    byOperation.forEach((operationId, rows) -> {
      UserOperationLogEntry first = rows.get(0);
      Map<String, Object> properties = new LinkedHashMap<>();
      for (UserOperationLogEntry row : rows) {
        if (row.getProperty() != null) {
          properties.put(row.getProperty(), Map.of("from", String.valueOf(row.getOrgValue()), "to",
              String.valueOf(row.getNewValue())));
        }
      }
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("operationType", first.getOperationType());
      details.put("entityType", first.getEntityType());
      details.put("category", first.getCategory());
      details.put("taskId", first.getTaskId());
      details.put("jobId", first.getJobId());
      details.put("annotation", first.getAnnotation());
      details.put("properties", properties);
      details.values().removeIf(v -> v == null);
      out.add(entry(first.getTimestamp(), "operation." + first.getOperationType(), first.getUserId(), null, details));
    });
  }

  private void decisions(String pid, List<TimelineEntry> out) {
    for (HistoricDecisionInstance d : history.createHistoricDecisionInstanceQuery().processInstanceId(pid)
        .includeInputs().includeOutputs().disableCustomObjectDeserialization().orderByEvaluationTime().asc().list()) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("decisionKey", d.getDecisionDefinitionKey());
      details.put("decisionName", d.getDecisionDefinitionName());
      details.put("inputs", d.getInputs().stream().map(i -> Map.of(
          "name", String.valueOf(i.getClauseName() != null ? i.getClauseName() : i.getClauseId()),
          "value", String.valueOf(shorten(i.getValue())))).toList());
      // the clause label is what the decision table's author named the output; the variable name is technical
      details.put("outputs", d.getOutputs().stream().map(o -> Map.of(
          "rule", String.valueOf(o.getRuleId()),
          "name", String.valueOf(o.getVariableName() != null ? o.getVariableName() : o.getClauseName()),
          "label", String.valueOf(o.getClauseName() != null ? o.getClauseName()
              : o.getVariableName() != null ? o.getVariableName() : o.getClauseId()),
          "value", String.valueOf(shorten(o.getValue())))).toList());
      if (d.getCollectResultValue() != null) {
        details.put("collectResult", d.getCollectResultValue());
      }
      out.add(entry(d.getEvaluationTime(), "decision.evaluated", d.getUserId(), d.getActivityId(), details));
    }
  }

  private void incidents(String pid, List<TimelineEntry> out) {
    for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(pid).list()) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("incidentId", incident.getId());
      details.put("incidentType", incident.getIncidentType());
      details.put("message", incident.getIncidentMessage());
      details.put("jobId", incident.getConfiguration());
      out.add(entry(incident.getCreateTime(), "incident.created", null, incident.getActivityId(), details));
      if (incident.getEndTime() != null) {
        String type = incident.isResolved() ? "incident.resolved" : "incident.deleted";
        out.add(entry(incident.getEndTime(), type, null, incident.getActivityId(),
            Map.of("incidentId", incident.getId())));
      }
    }
  }

  private void jobFailures(String pid, List<TimelineEntry> out) {
    for (HistoricJobLog log : history.createHistoricJobLogQuery().processInstanceId(pid).failureLog()
        .orderByTimestamp().asc().list()) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("jobId", log.getJobId());
      details.put("message", log.getJobExceptionMessage());
      details.put("retriesLeft", Math.max(0, log.getJobRetries() - 1));
      out.add(entry(log.getTimestamp(), "job.failed", null, log.getActivityId(), details));
    }
  }

  private static Object value(HistoricVariableUpdate update) {
    try {
      TypedValue typed = update.getTypedValue();
      if (typed instanceof ObjectValue object && !object.isDeserialized()) {
        return shorten(object.getValueSerialized());
      }
      return shorten(typed == null ? null : typed.getValue());
    } catch (RuntimeException unreadable) {
      return "(" + update.getTypeName() + ")";
    }
  }

  private static Object shorten(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    String text = value.toString();
    return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static TimelineEntry entry(Date time, String type, String actor, String activityId,
      Map<String, Object> details) {
    return entry(instant(time), type, actor, activityId, details);
  }

  private static TimelineEntry entry(Instant time, String type, String actor, String activityId,
      Map<String, Object> details) {
    return new TimelineEntry(time, type, TimelineLabels.type(type), actor, "camunda", activityId, details);
  }
}
