package org.creditcommitment;

import org.creditcommitment.credit.CreditPlatform;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Imported by {@link IntegrationTest} for every integration test, so the context stays shared: a clock
 * tests can move and a credit platform tests can make fail.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

  @Bean
  @Primary
  MutableClock mutableClock() {
    return new MutableClock();
  }

  @Bean
  @Primary
  FlakyCreditPlatform flakyCreditPlatform(@Qualifier("creditPlatform") CreditPlatform real) {
    return new FlakyCreditPlatform(real);
  }
}
