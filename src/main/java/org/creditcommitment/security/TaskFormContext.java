package org.creditcommitment.security;

import java.util.Map;

/**
 * What a task's form shows that the process does not carry: a module reads it from its own records at the moment
 * the form is shown (Tasklist's and /engine-rest's form variables), so the engine's history holds no copy of it
 * for every case. A value the process carries under the same name wins. Nothing shown this way can be submitted: a
 * form's read-only fields are checked against these values ({@link org.creditcommitment.security.forms.TaskFormCheck}).
 */
public interface TaskFormContext {

  /** The values for this task's form by field key; empty when the task is not one of the module's. */
  Map<String, Object> values(FormTask task);

  /** The task a form is shown for. */
  record FormTask(String taskId, String processInstanceId, String processDefinitionKey, String taskDefinitionKey,
      String businessKey) {}
}
