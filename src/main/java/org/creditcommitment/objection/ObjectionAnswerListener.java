package org.creditcommitment.objection;

import static org.creditcommitment.system.StepInputs.text;

import java.time.LocalDate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * On completing 核实并答复信用异议 (provider) or 督办超期异议 (credit office, when it answers instead): maps the
 * form to {@link ObjectionAnswers}, which refuses an incomplete answer before the task ends, and notes who answered.
 */
@Component("objectionAnswerListener")
class ObjectionAnswerListener implements TaskListener {

  static final String OVERDUE_TASK = "Task_HandleOverdueObjection";

  private final IdentityService identity;

  ObjectionAnswerListener(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean creditOffice = OVERDUE_TASK.equals(task.getTaskDefinitionKey());
    if (creditOffice) {
      Object action = task.getVariable("escalationAction");
      if ("URGE".equals(action)) {
        return;
      }
      if (!"ANSWER".equals(action)) {
        throw new BadUserRequestException("督办方式须为 URGE（督促答复）或 ANSWER（直接答复）/ escalationAction must be URGE or ANSWER");
      }
    }
    Object start = task.getVariable("recordPublicityStart");
    ObjectionAnswers.Answer answer = ObjectionAnswers.check(task.getVariable("objectionDecision"),
        text(task, "answerExplanation"), text(task, "correctedBasis"), text(task, "correctedSourceUnit"),
        text(task, "correctedDomain"), text(task, "correctedPublicityEnd"),
        start == null ? null : LocalDate.parse(start.toString()));
    if (answer.correctedPublicityEnd() != null) {
      task.setVariable("correctedPublicityEnd", answer.correctedPublicityEnd());
    }
    String user = String.valueOf(StepInputs.completedBy(identity, task));
    task.setVariable("answeredBy", user + "（" + Groups.ROLES.get(creditOffice ? Groups.CREDIT_OFFICE : Groups.PROVIDER)
        + "）");
  }
}
