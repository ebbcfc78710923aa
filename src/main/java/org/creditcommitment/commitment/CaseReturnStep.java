package org.creditcommitment.commitment;

import static org.creditcommitment.system.StepInputs.text;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * 退回: an official sends the case back to the earlier step the model's flow leads to, with the reason that step
 * shows. Which returns exist is the model's (its flows); nothing of the returning step's outcome is written.
 */
@Component
class CaseReturnStep {

  /** An official's choice to return the case to the earlier step the model leads to. */
  static final String RETURN = "RETURN";

  private final CaseProcedure procedure;

  CaseReturnStep(CaseProcedure procedure) {
    this.procedure = procedure;
  }

  /** Whether the task's submission is a return. */
  static boolean isReturn(DelegateTask task, String choiceField) {
    return RETURN.equals(task.getVariable(choiceField));
  }

  void record(DelegateTask task, String caseNo, String user, String flowId, String toStep) {
    requireInModel(task, flowId, "退回");
    String reason = text(task, "returnReason");
    if (reason == null) {
      throw new BadUserRequestException("退回须写明理由 / a return needs its reason");
    }
    procedure.recordReturn(caseNo, task.getTaskDefinitionKey(), toStep, reason, user);
  }

  /** A case on a model from before a path existed cannot take it: refused before anything is written. */
  static void requireInModel(DelegateTask task, String elementId, String what) {
    if (task.getExecution().getBpmnModelInstance().getModelElementById(elementId) == null) {
      throw new BadUserRequestException("本办件按施行" + what + "规则前的流程版本办理，不能选择“" + what + "”，请按该版本的选项办理"
          + " / this case runs on a model from before this option existed; choose one of its options");
    }
  }
}
