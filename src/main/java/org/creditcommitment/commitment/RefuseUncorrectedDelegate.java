package org.creditcommitment.commitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.documents.Documents;
import org.springframework.stereotype.Component;

/**
 * 逾期未补正，不予受理 (中华人民共和国行政许可法 第三十二条): the correction period the 补正材料通知书 stated passed without
 * the applicant's correction. The reason names the notice's period; the 不予受理通知书 is issued here, the applicant is
 * told by the outcome's mail (告知不予许可).
 */
@Component("refuseUncorrectedDelegate")
class RefuseUncorrectedDelegate implements JavaDelegate {

  private final Cases cases;
  private final CaseProcedure procedure;
  private final CaseDocuments documents;

  RefuseUncorrectedDelegate(Cases cases, CaseProcedure procedure, CaseDocuments documents) {
    this.cases = cases;
    this.procedure = procedure;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = execution.getProcessBusinessKey();
    CaseProcedure.Correction correction = procedure.correction(caseNo).orElseThrow(
        () -> new IllegalStateException("Case " + caseNo + " passed a correction period it was never given"));
    String reason = "你（单位）未在补正材料通知书规定的期限（" + Documents.date(correction.dueDate())
        + "前）内补正申请材料：" + String.join("、", correction.materials())
        + "。根据《中华人民共和国行政许可法》第三十二条的规定，本机关决定不予受理。";
    cases.record(caseNo, Cases.Fact.DENIAL_REASON, reason);
    procedure.recordNotCorrected(caseNo, reason);
    documents.nonAcceptance(caseNo, reason);
  }
}
