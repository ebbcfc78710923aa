package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.PersonalDataVariables;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.credit.adapters.NewSubject;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lifecycle case carries in its process only what routes it, what forms submit and the few values a Tasklist card
 * shows; the facts live on the case record. Walks a case to each end state and counts the distinct variables the
 * engine kept for it, and proves none of them holds the applicant's code, e-mail address or mobile number (those
 * are on the case record, encrypted for a natural person; forms read them from {@code CaseFormContext}).
 */
class ProcessVariableBudgetTest extends IntegrationTest {

  static final int BUDGET = 15;

  @Autowired CaseScenarios scenarios;
  @Autowired LifecycleDriver driver;

  @ParameterizedTest
  @ValueSource(strings = {"fulfilled", "fulfilledAfterRectification", "punishedAfterRefusingRectification",
      "notEligible", "withdrawn", "notAccepted", "abandoned", "awaitingMaterials"})
  void aCaseKeepsAtMostFifteenProcessVariablesAndNoPersonalDataOnEveryPath(String path) {
    Function<String, CaseRecord> walk = switch (path) {
      case "fulfilled" -> scenarios::fulfilled;
      case "fulfilledAfterRectification" -> scenarios::fulfilledAfterRectification;
      case "punishedAfterRefusingRectification" -> scenarios::punishedAfterRefusingRectification;
      case "notEligible" -> scenarios::notEligible;
      case "withdrawn" -> scenarios::withdrawn;
      case "notAccepted" -> scenarios::notAccepted;
      case "abandoned" -> scenarios::abandoned;
      default -> item -> scenarios.awaitingMaterials(item, "食品安全管理制度文本");
    };
    CaseRecord c = walk.apply(AuditedCases.FOOD);
    Set<String> names = new TreeSet<>();
    for (HistoricVariableInstance v : processEngine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(c.processInstanceId()).list()) {
      names.add(v.getName());
    }
    System.out.println("VARS " + path + " " + names.size() + " " + names);
    assertThat(names).as(path).hasSizeLessThanOrEqualTo(BUDGET);
    assertThat(PersonalDataVariables.namesOf(processEngine, c.processInstanceId())).as(path).isEmpty();
    assertThat(PersonalDataVariables.holding(processEngine, c.processInstanceId(), c.applicantCode(),
        c.applicantEmail())).as(path).isEmpty();
  }

  @Test
  void aNaturalPersonsCaseKeepsNeitherTheIdNumberNorTheEmailNorTheMobileNumberInTheEngine() {
    String code = TestCodes.residentId();
    String email = "person-" + code + "@example.test";
    String mobile = "13800138000";
    driver.registry.createSubject(new NewSubject(code, SubjectType.NATURAL, "欧阳娜娜", email, "AA"));
    CaseRecord c = driver.applications.apply(new ApplicationRequest(code, "欧阳娜娜", email, AuditedCases.FOOD,
        CommitmentType.NOTIFY_COMMIT, List.of(), null, mobile), "portal");
    driver.runJobs(c);
    assertThat(PersonalDataVariables.holding(processEngine, c.processInstanceId(), code, email, mobile))
        .as("running").isEmpty();
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    driver.inspect(c, "Task_InspectFulfilment", true);

    assertThat(driver.reload(c).endState()).isEqualTo("FULFILLED");
    assertThat(PersonalDataVariables.namesOf(processEngine, c.processInstanceId())).isEmpty();
    assertThat(PersonalDataVariables.holding(processEngine, c.processInstanceId(), code, email, mobile)).isEmpty();
  }
}
