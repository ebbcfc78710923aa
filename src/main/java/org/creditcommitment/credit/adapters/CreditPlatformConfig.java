package org.creditcommitment.credit.adapters;

import java.time.Clock;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.GradeScale;
import org.creditcommitment.credit.PushRefusals;
import org.creditcommitment.system.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The grade scale and the credit-platform adapter named by {@code cc.credit.adapter}. */
@Configuration
@EnableConfigurationProperties(CreditProperties.class)
class CreditPlatformConfig {

  private static final Logger log = LoggerFactory.getLogger(CreditPlatformConfig.class);

  @Bean
  GradeScale gradeScale(CreditProperties properties) {
    return GradeScale.of(properties.gradeScale());
  }

  @Bean
  CreditPlatform creditPlatform(CreditProperties properties, CreditRegistry registry, RegistryPersonalData personal,
      JdbcTemplate jdbc, TransactionTemplate transaction, AuditLog auditLog, ObjectMapper json, Clock clock,
      PushRefusals refusals, PersonalDataCipher cipher) {
    CreditPlatform platform = switch (properties.adapter()) {
      case CreditProperties.EMBEDDED -> new EmbeddedCreditPlatform(registry, personal, jdbc, transaction, auditLog,
          json, clock, cipher);
      case CreditProperties.HTTP -> new HttpCreditPlatform(properties.http(), clock, refusals);
      default -> throw new IllegalStateException("cc.credit.adapter must be 'embedded' or 'http', not '"
          + properties.adapter() + "'");
    };
    log.info("Credit platform adapter: {}", properties.adapter());
    return platform;
  }
}
