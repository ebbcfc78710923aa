package org.creditcommitment.objection;

import static org.creditcommitment.system.StepInputs.text;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.StepInputs;
import org.springframework.stereotype.Component;

/**
 * On completing 核实并答复信用异议 (provider) or 督办超期异议 (credit office, when it answers instead): maps the
 * form to {@link ObjectionAnswers}, which refuses an incomplete answer before the task ends, and records the answer
 * and who gave it on the objection, where the step that tells the platform reads it.
 */
@Component("objectionAnswerListener")
class ObjectionAnswerListener implements TaskListener {

  static final String OVERDUE_TASK = "Task_HandleOverdueObjection";

  private final IdentityService identity;
  private final ObjectionContext context;
  private final Objections objections;

  ObjectionAnswerListener(IdentityService identity, ObjectionContext context, Objections objections) {
    this.identity = identity;
    this.context = context;
    this.objections = objections;
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
    String no = task.getExecution().getProcessBusinessKey();
    ObjectionAnswers.Answer answer = ObjectionAnswers.check(task.getVariable("objectionDecision"),
        text(task, "answerExplanation"), text(task, "correctedBasis"), text(task, "correctedSourceUnit"),
        text(task, "correctedDomain"), text(task, "correctedPublicityEnd"),
        context.of(task, no).recordPublicityStart());
    String user = String.valueOf(StepInputs.completedBy(identity, task));
    String group = creditOffice ? Groups.CREDIT_OFFICE : objections.answerGroup(no).orElse(Groups.PROVIDER);
    objections.recordAnswer(no, answer, user + "（" + Groups.ROLES.getOrDefault(group, Groups.ROLES.get(Groups.PROVIDER))
        + "）");
  }
}
