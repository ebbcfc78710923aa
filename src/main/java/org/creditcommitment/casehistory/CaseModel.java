package org.creditcommitment.casehistory;

import java.util.Map;

/**
 * The deployed models of one case, as far as the business view needs them.
 *
 * @param forms user task id to its form
 * @param deadlineSteps deadline kind to the element whose listener sets it
 * @param deadlineEvents deadline kind to the boundary event its firing triggers
 * @param names element id to its name in the model
 */
record CaseModel(Map<String, FormDefinition> forms, Map<String, String> deadlineSteps,
    Map<String, String> deadlineEvents, Map<String, String> names) {

  FormDefinition form(String taskDefinitionKey) {
    return taskDefinitionKey == null ? null : forms.get(taskDefinitionKey);
  }
}
