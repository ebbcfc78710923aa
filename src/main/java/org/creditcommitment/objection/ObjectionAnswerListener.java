package org.creditcommitment.objection;

import static org.creditcommitment.system.StepInputs.text;

import org.creditcommitment.evidence.EvidenceFiles;
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
  /** The answer form's field of the evidence files the answering unit uploads (webapps.js offers the upload). */
  static final String EVIDENCE_FIELD = "answerEvidenceFiles";

  private final IdentityService identity;
  private final ObjectionContext context;
  private final Objections objections;
  private final EvidenceFiles evidenceFiles;

  ObjectionAnswerListener(IdentityService identity, ObjectionContext context, Objections objections,
      EvidenceFiles evidenceFiles) {
    this.evidenceFiles = evidenceFiles;
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
    // 书面说明和证明材料 of the verifying unit: its own files, checked by the engine guard (EvidenceFormFields)
    evidenceFiles.attach(ObjectionEvidence.KIND, no, EvidenceFiles.idsIn(task.getVariable(EVIDENCE_FIELD)), user);
    objections.recordAnswer(no, answer, user + "（" + Groups.ROLES.getOrDefault(group, Groups.ROLES.get(Groups.PROVIDER))
        + "）");
  }
}
