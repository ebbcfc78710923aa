package org.creditcommitment.objection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.creditcommitment.security.Groups;
import org.springframework.stereotype.Component;

/**
 * On completing 核实并答复信用异议 (provider) or 督办超期异议 (credit office, when it answers instead):
 * refuses an incomplete answer before the task ends and notes who answered. A correction must change at
 * least one field; a corrected publicity end must lie within reason.
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
    ObjectionDecision decision;
    try {
      decision = ObjectionDecision.parse(task.getVariable("objectionDecision"));
    } catch (IllegalArgumentException e) {
      throw new BadUserRequestException("处理结果须为 CORRECT、REVOKE 或 KEEP / objectionDecision must be CORRECT, REVOKE or KEEP");
    }
    String explanation = text(task, "answerExplanation");
    if (explanation == null || explanation.length() > 2000) {
      throw new BadUserRequestException("须写明核实情况及理由（不超过2000字）/ answerExplanation is required (max 2000)");
    }
    if (decision == ObjectionDecision.CORRECT) {
      checkCorrection(task);
    }
    var auth = identity.getCurrentAuthentication();
    String user = auth == null ? String.valueOf(task.getAssignee()) : auth.getUserId();
    task.setVariable("answeredBy", user + "（" + Groups.ROLES.get(creditOffice ? Groups.CREDIT_OFFICE : Groups.PROVIDER)
        + "）");
  }

  private static void checkCorrection(DelegateTask task) {
    String end = text(task, "correctedPublicityEnd");
    if (text(task, "correctedBasis") == null && text(task, "correctedSourceUnit") == null
        && text(task, "correctedDomain") == null && end == null) {
      throw new BadUserRequestException("更正须至少修改一项记录内容 / a correction must change at least one field");
    }
    if (end != null) {
      try {
        LocalDate date = LocalDate.parse(end.length() > 10 ? end.substring(0, 10) : end);
        if (date.isBefore(LocalDate.parse((String) task.getVariable("recordPublicityStart")))) {
          throw new BadUserRequestException("更正后的公示截止日期不能早于公示开始日期 / corrected publicity end is before its start");
        }
        task.setVariable("correctedPublicityEnd", date.toString());
      } catch (DateTimeParseException e) {
        throw new BadUserRequestException("公示截止日期格式应为 yyyy-MM-dd / correctedPublicityEnd must be yyyy-MM-dd");
      }
    }
    for (String field : new String[] {"correctedBasis", "correctedSourceUnit", "correctedDomain"}) {
      String value = text(task, field);
      if (value != null && value.length() > 1000) {
        throw new BadUserRequestException("更正内容过长 / " + field + " is longer than 1000 characters");
      }
    }
  }

  /** The variable as trimmed text, or null when absent or blank (an empty form field). */
  static String text(org.camunda.bpm.engine.delegate.VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
