package org.creditcommitment.credit;

import java.time.Instant;
import java.util.List;

import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.PersonalDataUpgrade;
import org.creditcommitment.system.SqlLike;
import org.creditcommitment.system.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The records the embedded credit platform accepted, as evidence for a case's history: the read API of
 * {@code credit_pushed_record}. Empty when the platform is an external one, which keeps its own.
 * <p>
 * A push names its subject (a resident ID number for a natural person) and its payload may name people (a corrected
 * subject code, a listed subject's name, free text), so both are stored encrypted (SM4-GCM by default,
 * {@link PersonalDataCipher}) and decrypted here; nothing searches by them (a push is found by its idempotency key or
 * its case).
 */
@Service
public class PushedRecords {

  private static final Logger log = LoggerFactory.getLogger(PushedRecords.class);

  /** One accepted push; {@code payload} is the JSON text as received. */
  public record PushedRecord(String recordType, String subjectCode, String idempotencyKey, String payload,
      String platformRecordId, Instant receivedAt) {}

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final PersonalDataUpgrade upgrade;

  PushedRecords(JdbcTemplate jdbc, PersonalDataCipher cipher, PersonalDataUpgrade upgrade) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.upgrade = upgrade;
  }

  /**
   * The pushes of a case: those naming it as their reference and those whose idempotency key it prefixes
   * ({@code key:…}), in the order they were accepted.
   */
  public List<PushedRecord> of(String caseNo) {
    String keyPrefix = SqlLike.literal(caseNo) + ":%";
    return jdbc.query("select * from credit_pushed_record where reference = ? or idempotency_key like ? order by id",
        (rs, n) -> new PushedRecord(rs.getString("record_type"), cipher.decrypt(rs.getString("subject_code")),
            rs.getString("idempotency_key"), cipher.decrypt(rs.getString("payload")),
            rs.getString("platform_record_id"), Timestamps.read(rs, "received_at").toInstant()), caseNo, keyPrefix);
  }

  /** The payload of the push with this idempotency key, as received; null when there is none. */
  public String payload(String idempotencyKey) {
    return jdbc.query("select payload from credit_pushed_record where idempotency_key = ?",
        (rs, n) -> cipher.decrypt(rs.getString(1)), idempotencyKey).stream().findFirst().orElse(null);
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    protectPersonalData();
  }

  /**
   * Encrypts the subject codes and payloads stored before they were encrypted (or under an earlier key), each only if
   * it is still as read; reads only those rows, in batches, as the table keeps every push for good.
   *
   * @return how many values were changed
   */
  int protectPersonalData() {
    int changed = upgrade.encryptStored("credit_pushed_record", "id", "subject_code")
        + upgrade.encryptStored("credit_pushed_record", "id", "payload");
    if (changed > 0) {
      log.info("Encrypted {} subject code(s) and payload(s) of pushed credit records", changed);
    }
    return changed;
  }
}
