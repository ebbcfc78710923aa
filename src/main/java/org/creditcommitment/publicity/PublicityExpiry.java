package org.creditcommitment.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditPlatformException;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.PublicityEndPush;
import org.creditcommitment.credit.PushReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 期限届满及时撤出 (普政数局〔2022〕25号 二（三）): a dishonesty record leaves publicity by itself the day
 * after its publicity end date. Each due record is pushed as PUBLICITY_END (key {@code publicity-end:<id>},
 * so a second run, or a second node, has no second effect) and noted in the audit log, one record per
 * transaction: a platform failure leaves that record for the next run and does not stop the others. The push
 * stays inside that transaction so that, with the embedded platform, the record's new status and its
 * {@code publicity.ended} entry are written together or not at all.
 */
@Service
public class PublicityExpiry {

  private static final Logger log = LoggerFactory.getLogger(PublicityExpiry.class);

  private final CreditPlatform platform;
  private final AuditLog auditLog;
  private final TransactionTemplate transaction;
  private final Clock clock;

  PublicityExpiry(CreditPlatform platform, AuditLog auditLog, TransactionTemplate transaction, Clock clock) {
    this.platform = platform;
    this.auditLog = auditLog;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Ends the publicity of every record in force (also under objection) whose publicity ended before today (the clock's). */
  public int runNow() {
    return endPublicityBefore(LocalDate.now(clock));
  }

  /**
   * Ends the publicity of every record in force whose publicity end date is before {@code today}; returns how many.
   *
   * @throws CreditPlatformException the platform could not list the due records: nothing ended, the next run
   *     tries again
   */
  public int endPublicityBefore(LocalDate today) {
    int ended = 0;
    for (DishonestyRecord record : platform.recordsWithPublicityEndedBefore(today)) {
      try {
        if (Boolean.TRUE.equals(transaction.execute(status -> end(record)))) {
          ended++;
        }
      } catch (CreditPlatformException e) {
        log.warn("Publicity of dishonesty record {} could not be ended now; the next run tries again", record.id(), e);
      }
    }
    if (ended > 0) {
      log.info("Publicity ended for {} dishonesty record(s) whose publicity period ended before {}", ended, today);
    }
    return ended;
  }

  private boolean end(DishonestyRecord record) {
    PushReceipt receipt = platform.push(new PublicityEndPush(record).record());
    if (receipt.duplicate()) {
      return false;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("recordId", record.id());
    details.put("publicityEnd", record.publicityEnd().toString());
    details.put("key", receipt.idempotencyKey());
    auditLog.record(record.subjectCode(), "publicity.ended", AuditLog.SYSTEM_ACTOR, details);
    return true;
  }
}
