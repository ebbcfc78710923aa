package org.creditcommitment.objection;

import org.creditcommitment.notification.OfficerReminder;
import org.creditcommitment.security.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ObjectionConfig {

  /** The data providers are reminded before an objection answer falls due. */
  @Bean
  OfficerReminder objectionAnswerReminder() {
    return new OfficerReminder("objectionAnswer", Groups.PROVIDER, "核实并答复信用异议");
  }
}
