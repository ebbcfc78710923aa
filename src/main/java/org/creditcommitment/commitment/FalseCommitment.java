package org.creditcommitment.commitment;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * 虚假承诺 (普政数局〔2022〕25号 二（三）一是: 对提供虚假材料、伪造相关证件材料等存在弄虚作假行为的申请人依法从严审批，
 * 及时公开其失信记录): unlike a shortfall the licensee can remedy, a commitment found false is not rectified. Before the
 * decision the approver refuses the licence for it (不予许可) and the subject is punished; on inspection the inspector's
 * finding goes straight to punishment and the licence granted on it is revoked. The choices and the texts the case
 * record keeps.
 */
final class FalseCommitment {

  /** The decision option of 作出行政决定 for a false commitment found before the decision. */
  static final String DECISION = "DENY_FALSE_COMMITMENT";
  /** The form field with what the approver found false. */
  static final String DECISION_FINDINGS = "falseCommitmentFindings";
  /** The result option of 履约践诺核查 for a false commitment found after the licence. */
  static final String INSPECTION_RESULT = "FALSE_COMMITMENT";
  /** The step of the model that handles a false commitment at the decision; models before this rule have none. */
  static final String DECISION_PATH = "Task_NotifyFalseCommitmentDenial";
  /** The step of the model that handles a false commitment found on inspection; models before this rule have none. */
  static final String INSPECTION_PATH = "Event_FalseCommitmentFound";

  /** Room for the findings in the denial reason the case record keeps (2000 characters with the wording around). */
  static final int MAX_FINDINGS = 1900;

  private FalseCommitment() {}

  /**
   * The findings of a false commitment, once the case's model is known to route it: a case started on a model from
   * before this rule would end as a plain denial or stop without a way on, so the choice is refused there (the
   * official denies, or finds the commitment not kept, as that model offers).
   */
  static String findings(DelegateTask task, String path, String findings) {
    if (task.getExecution().getBpmnModelInstance().getModelElementById(path) == null) {
      throw new BadUserRequestException("本办件按本规则施行前的流程版本办理，不能选择“虚假承诺”，请按该版本的选项办理"
          + " / this case runs on a model from before false commitments had their own path; choose one of its options");
    }
    if (findings == null) {
      throw new BadUserRequestException("须写明核实的虚假承诺情形 / state what was found false");
    }
    if (findings.length() > MAX_FINDINGS) {
      throw new BadUserRequestException("虚假承诺情形不得超过" + MAX_FINDINGS + "字 / the findings may have at most "
          + MAX_FINDINGS + " characters");
    }
    return findings;
  }

  static String denialReason(String findings) {
    return "经审查核实，申请人作出的信用承诺不实（提供虚假材料、伪造相关证件材料等弄虚作假行为）：" + findings
        + "。依法从严审批，不予许可，并记入失信记录、及时公开。";
  }

  static String foundBeforeDecision(String findings) {
    return "作出行政决定前经审查核实，申请人作出虚假承诺：" + findings;
  }

  static String foundOnInspection(String findings) {
    return "履约践诺核查发现申请人作出虚假承诺（不属于可整改的情形）：" + findings;
  }
}
