package org.creditcommitment.notification;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The short-message gateway chosen by {@code cc.sms.gateway}. */
@Configuration
@EnableConfigurationProperties(ShortMessageProperties.class)
class ShortMessageConfig {

  @Bean
  ShortMessageGateway shortMessageGateway(ShortMessageProperties properties, ObjectMapper json) {
    return properties.gateway() == ShortMessageProperties.Mode.HTTP ? new HttpShortMessageGateway(properties, json)
        : new RecordingShortMessageGateway();
  }
}
