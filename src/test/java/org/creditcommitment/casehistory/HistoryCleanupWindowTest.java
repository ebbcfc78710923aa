package org.creditcommitment.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * Production removes a case's engine history once its time to live after the case's end has passed, at night; a
 * prod application cannot start in the test JVM (ProdHardeningTest), so the settings are read from the files.
 */
class HistoryCleanupWindowTest {

  private static final String ENGINE = "camunda.bpm.generic-properties.properties.";

  @Test
  void productionCleansEngineHistoryAtNightCountingFromTheCasesEnd() {
    Properties all = yaml("application.yaml");
    assertThat(all.getProperty(ENGINE + "historyRemovalTimeStrategy")).isEqualTo("end");
    assertThat(all.getProperty(ENGINE + "historyCleanupStrategy")).isEqualTo("removalTimeBased");
    Properties prod = yaml("application-prod.yaml");
    LocalTime start = LocalTime.parse(defaultOf(prod.getProperty(ENGINE + "historyCleanupBatchWindowStartTime")));
    LocalTime end = LocalTime.parse(defaultOf(prod.getProperty(ENGINE + "historyCleanupBatchWindowEndTime")));
    assertThat(start).isEqualTo(LocalTime.of(1, 0));
    assertThat(end).isEqualTo(LocalTime.of(5, 0));
  }

  /** {@code ${NAME:01:00}} → {@code 01:00}: the default an operator gets without the variable. */
  private static String defaultOf(String placeholder) {
    return placeholder.substring(placeholder.indexOf(':') + 1, placeholder.length() - 1);
  }

  private static Properties yaml(String name) {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource(name));
    return yaml.getObject();
  }
}
