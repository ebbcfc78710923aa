package org.creditcommitment.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for every deadline and timestamp, so tests can move time instead of sleeping. */
@Configuration
public class ClockConfig {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Bean
  Clock clock() {
    return Clock.system(ZONE);
  }
}
