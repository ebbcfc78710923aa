package org.creditcommitment.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.RepairPush;
import org.creditcommitment.supervision.KeySupervisionList;
import org.springframework.stereotype.Component;

/**
 * 信用修复：停止公示、解除惩戒: the platform is told (REPAIR, reference = the record id, key = repair number
 * + ":repair", so a retry pushes once) and applies it: the record becomes REPAIRED and leaves publicity.
 * A REPAIRED record no longer counts in eligibility (CreditProfile.hasActiveDishonestyRecord), so the
 * commitment bar it caused lifts with it, and so does the key-supervision listing a punishment on this record caused
 * (its end pushed too, in this step's transaction); other blocks (blacklist, unperformed penalty, grade) stay. What the
 * subject is told goes to the application's row.
 */
@Component("applyRepairDelegate")
class ApplyRepairDelegate implements JavaDelegate {

  private final CreditPlatform platform;
  private final RepairDocuments documents;
  private final KeySupervisionList keySupervision;
  private final AuditLog audit;
  private final RepairContext context;
  private final Repairs repairs;

  ApplyRepairDelegate(CreditPlatform platform, RepairDocuments documents, KeySupervisionList keySupervision,
      AuditLog audit, RepairContext context, Repairs repairs) {
    this.context = context;
    this.repairs = repairs;
    this.documents = documents;
    this.platform = platform;
    this.keySupervision = keySupervision;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairFacts facts = context.of(execution, execution.getProcessBusinessKey());
    String no = facts.repairNo();
    String recordId = Long.toString(facts.repair().recordId());
    String opinion = facts.verificationOpinion();
    platform.push(new RepairPush(no, facts.repair().subjectCode(), facts.repair().recordId(), opinion).record());
    documents.repaired(no, recordId);
    keySupervision.endFor(recordId, "信用修复 " + no + "：失信记录已停止公示，重点监管解除", audit.currentActor());
    repairs.recordExplanation(no, "该失信记录已停止公示，相关失信惩戒措施解除"
        + (opinion == null ? "。" : "。核实意见：" + opinion));
    execution.setVariable(RepairOutcome.VARIABLE, RepairOutcome.REPAIRED.name());
  }
}
