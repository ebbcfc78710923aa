package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What completing one user task of the lifecycle writes to the case record, in the task's transaction. Each
 * implementation names its task once; {@link RecordCompletedByListener} hands it the tasks with that key.
 */
interface TaskOutcome {

  /** The id, in the lifecycle model, of the user task whose completion this records. */
  String taskKey();

  /**
   * @param user who completed the task
   */
  void record(DelegateTask task, String caseNo, String user);
}
