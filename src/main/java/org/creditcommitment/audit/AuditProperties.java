package org.creditcommitment.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cc.audit.*}: how audit events are chained after their transaction commits (see {@link AuditLog}).
 *
 * @param chainInterval how often unchained events are looked for (events of other nodes, a missed trigger)
 * @param chainGrace an event still unchained this long after it occurred is reported by the chain check
 * @param chainBatch events linked per chaining transaction
 */
@ConfigurationProperties("cc.audit")
record AuditProperties(
    @DefaultValue("5s") Duration chainInterval,
    @DefaultValue("2m") Duration chainGrace,
    @DefaultValue("500") int chainBatch) {

  AuditProperties {
    if (chainInterval.isNegative() || chainInterval.isZero() || chainGrace.isNegative() || chainBatch < 1) {
      throw new IllegalArgumentException("cc.audit: need a positive chain-interval, chain-grace >= 0, chain-batch >= 1");
    }
  }
}
