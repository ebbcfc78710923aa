package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.List;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The process engine's decisions run on the FEEL engine that parses each expression text once; what an expression
 * answers, or how it fails, does not change by being remembered.
 */
class ParsedOnceFeelTest extends IntegrationTest {

  @Test
  void theProcessEnginesDecisionsParseEachFeelExpressionOnce() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngineFactory())
        .isInstanceOf(ParsedOnceFeelEngineFactory.class);
  }

  @Test
  void aRememberedExpressionAnswersAndFailsAsWhenFirstParsed() throws Exception {
    FeelEngine feel = new ParsedOnceFeelEngineFactory(List::of).createInstance();
    var aa = Variables.createVariables().putValue("grade", "AA").asVariableContext();
    var b = Variables.createVariables().putValue("grade", "B").asVariableContext();

    assertThat(feel.evaluateSimpleUnaryTests("\"AA\",\"AAA\"", "grade", aa)).isTrue();
    assertThat(feel.evaluateSimpleUnaryTests("\"AA\",\"AAA\"", "grade", b)).isFalse();
    assertThat(feel.<Object>evaluateSimpleExpression("if grade = \"AA\" then 1 else 2", aa)).isEqualTo(1L);
    assertThat(feel.<Object>evaluateSimpleExpression("if grade = \"AA\" then 1 else 2", b)).isEqualTo(2L);
    for (int round = 0; round < 2; round++) {
      assertThatThrownBy(() -> feel.evaluateSimpleExpression("if grade then", aa)).isInstanceOf(FeelException.class)
          .hasMessageContaining("failed to parse");
    }
    assertThat(remembered(feel)).isEqualTo(3);
  }

  private static int remembered(FeelEngine feel) throws Exception {
    Field engine = ScalaFeelEngine.class.getDeclaredField("feelEngine");
    engine.setAccessible(true);
    return ((ParsedOnceFeelEngineFactory.ParsedOnce) engine.get(feel)).size();
  }
}
