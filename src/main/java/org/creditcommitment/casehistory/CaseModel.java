package org.creditcommitment.casehistory;

import java.util.Map;
import java.util.function.Function;

/**
 * The deployed models of one case, as far as the business view needs them.
 *
 * @param forms user task id to its form
 * @param deadlineSteps deadline kind to the element whose listener sets it
 * @param deadlineEvents deadline kind to the boundary event its firing triggers
 * @param names element id to its name in the model
 * @param deadlineNames deadline kind to its Chinese name (the kinds' declarations)
 */
record CaseModel(Map<String, FormDefinition> forms, Map<String, String> deadlineSteps,
    Map<String, String> deadlineEvents, Map<String, String> names, Function<Object, String> deadlineNames) {

  String deadlineName(Object kind) {
    return deadlineNames.apply(kind);
  }

  FormDefinition form(String taskDefinitionKey) {
    return taskDefinitionKey == null ? null : forms.get(taskDefinitionKey);
  }
}
