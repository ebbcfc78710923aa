package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.FulfilmentPush;
import org.creditcommitment.credit.FulfilmentStatus;
import org.creditcommitment.credit.InspectionResult;
import org.springframework.stereotype.Component;

/**
 * 反馈核查结果 (义政数〔2020〕17号 四(六)): the inspection result goes to the random-inspection system and is
 * kept as fulfilment credit information. Keys name the case and the inspection round, so retries have one
 * effect.
 */
@Component("feedBackInspectionDelegate")
class FeedBackInspectionDelegate implements JavaDelegate {

  private final CreditPlatform platform;
  private final Clock clock;
  private final Cases cases;
  private final NationalItems national;

  FeedBackInspectionDelegate(CreditPlatform platform, Clock clock, Cases cases, NationalItems national) {
    this.cases = cases;
    this.national = national;
    this.platform = platform;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNo = execution.getProcessBusinessKey();
    CaseRecord c = cases.require(caseNo);
    CaseFacts facts = cases.facts(caseNo);
    String code = c.applicantCode();
    String round = "Task_FeedBackReinspection".equals(execution.getCurrentActivityId()) ? "reinspection" : "inspection";
    boolean compliant = "COMPLIANT".equals(facts.inspectionResult());
    String findings = facts.inspectionFindings();
    String inspector = String.valueOf(facts.inspectedBy());
    LocalDate today = LocalDate.now(clock);
    platform.feedInspection(new InspectionResult(caseNo, code, compliant, findings, today, inspector,
        caseNo + ":" + round));
    String outcome = compliant ? (round.equals("inspection") ? "践诺" : "整改后践诺")
        : FalseCommitment.INSPECTION_RESULT.equals(facts.inspectionResult()) ? "虚假承诺" : "未践诺";
    platform.push(new FulfilmentPush(caseNo, code, c.applicantName(), round,
        (String) execution.getVariable("departmentName"), outcome, findings, today, national.commitmentNo(c),
        fulfilment(compliant, round)).record());
  }

  /** 履行状态: kept at the first inspection in full, after a rectification in part; otherwise not at all. */
  static FulfilmentStatus fulfilment(boolean compliant, String round) {
    if (!compliant) {
      return FulfilmentStatus.NONE;
    }
    return "inspection".equals(round) ? FulfilmentStatus.FULL : FulfilmentStatus.PARTIAL;
  }
}
