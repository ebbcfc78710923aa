package org.creditcommitment.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.supervision.KeySupervisionList;
import org.springframework.stereotype.Component;

/**
 * Called by the end events of credit-objection ({@code ${objectionEnd.record(execution)}}): the objection
 * is closed, so the record may be objected to or repaired again. When the credit office reviewed the cases punished
 * on a revoked record and lifted their measures (汕府办函〔2021〕17号 六（二十三）: 错误采取失信联合惩戒措施的，应及时撤销),
 * the key-supervision listings those punishments caused end with it; every version of the model ends there.
 */
@Component("objectionEnd")
public class ObjectionEnd {

  static final String MEASURES_LIFTED = "MEASURES_LIFTED";

  private final Objections objections;
  private final ObjectionContext context;
  private final KeySupervisionList keySupervision;
  private final AuditLog audit;

  ObjectionEnd(Objections objections, ObjectionContext context, KeySupervisionList keySupervision, AuditLog audit) {
    this.objections = objections;
    this.context = context;
    this.keySupervision = keySupervision;
    this.audit = audit;
  }

  public void record(DelegateExecution execution) {
    ObjectionFacts facts = context.of(execution, execution.getProcessBusinessKey());
    String objectionNo = facts.objectionNo();
    if (MEASURES_LIFTED.equals(facts.punishmentReviewResult())) {
      keySupervision.endFor(Long.toString(facts.objection().recordId()), "异议 " + objectionNo
          + " 撤销失信记录，经复核已撤销惩戒措施，重点监管解除", audit.currentActor());
    }
    objections.end(objectionNo);
  }
}
