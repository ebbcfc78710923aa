package org.creditcommitment.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.PersonalDataVariables;
import org.creditcommitment.objection.CreditFileDriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A credit repair carries in its process only its number and the subject's name (a Tasklist card shows them), what it
 * routes on and its end state; the filing, the review, the supplement, the verification and what the subject is told
 * are on the repair's row. Walks a natural person's application along each path to its end, counts the distinct
 * variables the engine kept for it and proves that none of them, at any moment, holds the person's ID number or e-mail
 * address (both are on the row, encrypted; the forms read them from {@code RepairFormContext}).
 */
class RepairVariableBudgetTest extends IntegrationTest {

  static final int BUDGET = 5;

  static final String REVIEW = "Task_InitialReview";
  static final String VERIFY = "Task_VerifyRepair";

  @Autowired CreditFileDriver driver;
  @Autowired RepairFiling filing;

  @ParameterizedTest
  @ValueSource(strings = {"repaired", "refused", "supplementedThenRepaired", "incomplete", "reviewedLateThenRepaired"})
  void aRepairKeepsAtMostFiveProcessVariablesAndNoPersonalDataOnEveryPath(String path) {
    String code = driver.person();
    String email = "person-" + code + "@example.test";
    long recordId = driver.record(code);
    Repair r = filing.file(new RepairRequest(code, recordId, List.of("罚款缴纳凭证 0012345"), true, true,
        driver.signedRepairLetter(code, recordId)), "portal", RepairCommitment.Channel.ONLINE);
    String pid = r.processInstanceId();
    assertThat(PersonalDataVariables.holding(driver.engine, pid, code, email)).as("running").isEmpty();
    driver.runJobs(pid);
    switch (path) {
      case "repaired" -> {
        review(pid, Map.of("reviewResult", "COMPLETE", "reviewOpinion", "材料齐全"));
        verify(pid, Map.of("repairDecision", "APPROVE", "verificationOpinion", "整改到位"));
      }
      case "refused" -> {
        review(pid, Map.of("reviewResult", "COMPLETE"));
        verify(pid, Map.of("repairDecision", "REFUSE", "refusalReason", "罚款尚未缴清"));
      }
      case "supplementedThenRepaired" -> {
        review(pid, Map.of("reviewResult", "INCOMPLETE", "missingItems", "整改报告"));
        filing.supplement(r.repairNo(), new RepairSupplement(List.of("整改报告"), "已补正"));
        verify(pid, Map.of("repairDecision", "APPROVE"));
      }
      case "incomplete" -> {
        review(pid, Map.of("reviewResult", "INCOMPLETE", "missingItems", "整改报告"));
        driver.fireDeadline(r.repairNo(), pid, "supplement");
      }
      default -> {
        driver.fireDeadline(r.repairNo(), pid, "repairReview");
        review(pid, Map.of("reviewResult", "COMPLETE"));
        verify(pid, Map.of("repairDecision", "APPROVE"));
      }
    }
    assertThat(driver.ended(pid)).as(path + " ends").isTrue();

    Set<String> names = new TreeSet<>();
    for (HistoricVariableInstance v : driver.engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pid).list()) {
      names.add(v.getName());
    }
    System.out.println("VARS " + path + " " + names.size() + " " + names);
    assertThat(names).as(path).hasSizeLessThanOrEqualTo(BUDGET);
    // the person's ID number and e-mail are on the row, encrypted; the engine's tables and history keep neither
    assertThat(PersonalDataVariables.namesOf(driver.engine, pid)).as(path).isEmpty();
    assertThat(PersonalDataVariables.holding(driver.engine, pid, code, email)).as(path).isEmpty();
  }

  private void review(String processInstanceId, Map<String, Object> values) {
    driver.complete(processInstanceId, REVIEW, "credit-office", values);
  }

  private void verify(String processInstanceId, Map<String, Object> values) {
    driver.complete(processInstanceId, VERIFY, "credit-office", values);
  }
}
