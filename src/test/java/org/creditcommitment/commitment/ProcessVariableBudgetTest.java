package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lifecycle case carries in its process only what routes it, what forms submit and the few values a Tasklist card
 * shows; the facts live on the case record. Walks a case to each end state and counts the distinct variables the
 * engine kept for it.
 */
class ProcessVariableBudgetTest extends IntegrationTest {

  static final int BUDGET = 15;

  @Autowired CaseScenarios scenarios;

  @ParameterizedTest
  @ValueSource(strings = {"fulfilled", "fulfilledAfterRectification", "punishedAfterRefusingRectification",
      "notEligible", "withdrawn", "notAccepted", "abandoned", "awaitingMaterials"})
  void aCaseKeepsAtMostFifteenProcessVariablesOnEveryPath(String path) {
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
  }
}
