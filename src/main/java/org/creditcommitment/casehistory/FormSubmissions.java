package org.creditcommitment.casehistory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.creditcommitment.system.DeployedForms;
import org.creditcommitment.system.StepInputs;
import org.creditcommitment.system.Timestamps;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The record of what an official submitted at each task: the editable fields of the task's form with the values the
 * task was completed with, who and when, in the task's transaction. The process keeps as variables only what it
 * routes on; this record lets the auditor's timeline show every value an official submitted.
 */
@Component
class FormSubmissions {

  private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;
  private final ObjectProvider<ProcessEngine> engine;
  private final DeployedForms<FormDefinition> forms = new DeployedForms<>(FormDefinition::parse);

  FormSubmissions(JdbcTemplate jdbc, ObjectMapper json, Clock clock, ObjectProvider<ProcessEngine> engine) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.engine = engine;
  }

  /** Called when a task completes, inside the engine's command. */
  void record(DelegateTask task) {
    FormDefinition form = form(task.getId());
    if (form == null) {
      return;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (FormDefinition.Component field : form.components()) {
      if (!field.readonly() && field.key() != null) {
        Object value = plain(task.getVariableTyped(field.key(), false));
        if (value != null) {
          values.put(field.key(), value);
        }
      }
    }
    jdbc.update("insert into form_submission (process_instance_id, business_key, task_id, task_key, submitted_by,"
        + " submitted_at, submitted_values) values (?, ?, ?, ?, ?, ?, ?)", task.getProcessInstanceId(),
        task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(), task.getId(),
        task.getTaskDefinitionKey(), StepInputs.completedBy(engine.getObject().getIdentityService(), task), OffsetDateTime.now(clock),
        write(values));
  }

  /** A task an official completed: the record's business key, the task's key, when. */
  record Acted(String businessKey, String taskKey, OffsetDateTime at) {}

  /** The tasks this official completed, newest first, at most {@code limit}. */
  List<Acted> actedBy(String user, int limit) {
    return jdbc.query("select business_key, task_key, submitted_at from form_submission"
        + " where submitted_by = ? and business_key is not null order by id desc limit ?",
        (rs, n) -> new Acted(rs.getString("business_key"), rs.getString("task_key"),
            Timestamps.read(rs, "submitted_at")), user, limit);
  }

  /** The values submitted at each task of the process instance, by task id. */
  Map<String, Map<String, Object>> byProcessInstance(String processInstanceId) {
    Map<String, Map<String, Object>> byTask = new LinkedHashMap<>();
    jdbc.query("select task_id, submitted_values from form_submission where process_instance_id = ? order by id",
        rs -> {
          byTask.put(rs.getString("task_id"), read(rs.getString("submitted_values")));
        }, processInstanceId);
    return byTask;
  }

  /** Resolved in the completing command, as the engine guard resolved it just before; parsed once per form. */
  private FormDefinition form(String taskId) {
    return forms.ofTask(engine.getObject(), taskId);
  }

  private static Object plain(TypedValue typed) {
    if (typed == null || typed.getValue() == null && !(typed instanceof SerializableValue)) {
      return null;
    }
    if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    Object value = typed.getValue();
    if (value instanceof SpinJsonNode node) {
      return node.toString();
    }
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    return value;
  }

  private String write(Map<String, Object> values) {
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> read(String text) {
    try {
      return json.readValue(text, VALUES);
    } catch (JsonProcessingException e) {
      return Map.of("submitted_values", text);
    }
  }
}
