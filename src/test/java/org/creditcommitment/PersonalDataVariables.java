package org.creditcommitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Where a process instance's data sits in the engine, read through the engine's API: its runtime variables
 * (ACT_RU_VARIABLE, task-local ones included), its historic variables, every recorded update of them
 * (ACT_HI_VARINST, ACT_HI_DETAIL), its decisions' inputs and outputs, and the messages of its failed jobs and
 * incidents. A test names the personal data it gave the
 * filing (an ID number, an e-mail address, a mobile number) and gets back every place the engine holds one of them,
 * and the personal-data variable names the instance carries at all: both lists must be empty for new instances,
 * whose facts live in the module's own (encrypted) tables.
 */
public final class PersonalDataVariables {

  /** Names earlier models used for the subject's or applicant's personal data. */
  public static final Set<String> NAMES = Set.of("subjectCode", "applicantCode", "subjectEmail", "applicantEmail",
      "applicantMobile", "subjectMobile", "email", "mobile", "memberCodes");

  private PersonalDataVariables() {}

  /** "where: name = value" for every engine value of the instance that contains one of the given values. */
  public static List<String> holding(ProcessEngine engine, String processInstanceId, String... values) {
    List<String> found = new ArrayList<>();
    for (VariableInstance v : engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(processInstanceId).disableCustomObjectDeserialization().list()) {
      check(found, "runtime", v.getName(), v.getTypedValue(), values);
    }
    HistoryService history = engine.getHistoryService();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).disableCustomObjectDeserialization().list()) {
      check(found, "history", v.getName(), v.getTypedValue(), values);
    }
    for (HistoricDetail d : history.createHistoricDetailQuery().processInstanceId(processInstanceId)
        .variableUpdates().disableCustomObjectDeserialization().list()) {
      HistoricVariableUpdate u = (HistoricVariableUpdate) d;
      check(found, "history detail", u.getVariableName(), u.getTypedValue(), values);
    }
    for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
        .processInstanceId(processInstanceId).includeInputs().includeOutputs().disableCustomObjectDeserialization()
        .list()) {
      for (HistoricDecisionInputInstance in : decision.getInputs()) {
        check(found, "decision input", in.getClauseName(), in.getTypedValue(), values);
      }
      for (HistoricDecisionOutputInstance out : decision.getOutputs()) {
        check(found, "decision output", out.getVariableName(), out.getTypedValue(), values);
      }
    }
    // a failed job's message is kept as its incident's and in the job's exception
    for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(processInstanceId).list()) {
      check(found, "incident", incident.getActivityId(), Variables.stringValue(incident.getIncidentMessage()), values);
    }
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).list()) {
      check(found, "job", job.getId(), Variables.stringValue(job.getExceptionMessage()), values);
    }
    return found;
  }

  /** The personal-data variable names the instance carries now or ever carried. */
  public static Set<String> namesOf(ProcessEngine engine, String processInstanceId) {
    Set<String> names = new TreeSet<>();
    engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
        .disableCustomObjectDeserialization().list().forEach(v -> names.add(v.getName()));
    engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .disableCustomObjectDeserialization().list().forEach(v -> names.add(v.getName()));
    names.retainAll(NAMES);
    return names;
  }

  private static void check(List<String> found, String where, String name, TypedValue value, String... values) {
    // an object variable is compared as it is stored (serialized), so no class is needed to read it
    String text = value instanceof ObjectValue object ? Objects.toString(object.getValueSerialized(), "")
        : value == null ? "" : Objects.toString(value.getValue(), "");
    for (String personal : values) {
      if (personal != null && !personal.isBlank() && text.toUpperCase().contains(personal.toUpperCase())) {
        found.add(where + ": " + name + " = " + text);
      }
    }
  }
}
