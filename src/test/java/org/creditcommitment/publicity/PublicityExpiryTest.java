package org.creditcommitment.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.objection.CreditFileDriver;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 期限届满及时撤出: records leave publicity by themselves, exactly once. */
class PublicityExpiryTest extends IntegrationTest {

  // far in the past, so that no other test's record is due on these dates
  static final LocalDate ENDED = LocalDate.of(2001, 1, 1);
  static final LocalDate STILL_PUBLIC = LocalDate.of(2001, 1, 5);

  @Autowired PublicityExpiry expiry;
  @Autowired CreditFileDriver driver;
  @Autowired JdbcTemplate jdbc;
  @Autowired Scheduler scheduler;

  private int count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }

  @Test
  void expiryEndsPublicityTheDayAfterItsEndDateExactlyOnce() {
    String code = driver.subject();
    long ended = driver.record(code, LocalDate.of(2000, 1, 1), ENDED);
    long stillPublic = driver.record(code, LocalDate.of(2000, 1, 1), STILL_PUBLIC);

    expiry.endPublicityBefore(ENDED);
    assertThat(driver.reload(ended).status()).as("on its last day it is still public").isEqualTo(DishonestyStatus.ACTIVE);

    assertThat(expiry.endPublicityBefore(ENDED.plusDays(1))).isGreaterThanOrEqualTo(1);
    assertThat(expiry.endPublicityBefore(ENDED.plusDays(1))).isZero();

    assertThat(driver.reload(ended).status()).isEqualTo(DishonestyStatus.EXPIRED);
    assertThat(driver.reload(stillPublic).status()).isEqualTo(DishonestyStatus.ACTIVE);
    assertThat(count("select count(*) from credit_pushed_record where idempotency_key = ?", "publicity-end:" + ended))
        .isEqualTo(1);
    assertThat(count("select count(*) from audit_event where ref = ? and type = 'publicity.ended'", code)).isEqualTo(1);
    assertThat(count("select count(*) from audit_event where ref = ? and type = 'credit.dishonesty-status-changed'",
        code)).isEqualTo(1);
  }

  @Test
  void expiryRunsDailyFromTheDurableQuartzStore() throws Exception {
    assertThat(scheduler.checkExists(PublicityExpiryScheduling.JOB)).isTrue();
    assertThat(scheduler.getJobDetail(PublicityExpiryScheduling.JOB).isDurable()).isTrue();
    CronTrigger trigger = (CronTrigger) scheduler.getTrigger(PublicityExpiryScheduling.TRIGGER);
    assertThat(trigger.getCronExpression()).isEqualTo("0 5 0 * * ?");
    assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
  }
}
