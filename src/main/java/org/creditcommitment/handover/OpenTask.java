package org.creditcommitment.handover;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;

/**
 * An open task of a case with its candidates as the model offers them.
 *
 * @param caseNo the business key of the task's process instance
 * @param candidateUsers users offered the task by name
 * @param candidateGroups groups offered the task
 */
record OpenTask(Task task, String caseNo, List<String> candidateUsers, List<String> candidateGroups) {

  String id() {
    return task.getId();
  }

  String assignee() {
    return task.getAssignee();
  }

  boolean delegated() {
    return task.getDelegationState() == DelegationState.PENDING;
  }

  /** Whether a user with these groups is offered the task (by name or through a group). */
  boolean offeredTo(String userId, Set<String> groups) {
    return candidateUsers.contains(userId) || candidateGroups.stream().anyMatch(groups::contains);
  }
}
