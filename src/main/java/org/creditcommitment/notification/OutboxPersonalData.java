package org.creditcommitment.notification;

import java.util.List;

import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.PersonalDataIndex;
import org.creditcommitment.system.PersonalDataUpgrade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At each start, encrypts the outbox's addresses and texts stored before they were encrypted (or under an earlier
 * key), and replaces the address in a mail's dedup key by its keyed index, so a step retried after the upgrade still
 * finds the mail it queued before. The key is configuration a migration does not have, hence a start-up step; each
 * value is changed only if it is still as read (a sender or the nightly clearing may touch the row meanwhile). The
 * outbox keeps rows for good, so it reads only the rows left to change, in batches ({@link PersonalDataUpgrade}).
 */
@Component
class OutboxPersonalData {

  private static final Logger log = LoggerFactory.getLogger(OutboxPersonalData.class);

  private record Row(long id, NotificationChannel channel, String recipient, String body, String dedupKey) {}

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final PersonalDataIndex index;
  private final PersonalDataUpgrade upgrade;

  OutboxPersonalData(JdbcTemplate jdbc, PersonalDataCipher cipher, PersonalDataIndex index,
      PersonalDataUpgrade upgrade) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.index = index;
    this.upgrade = upgrade;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    protectPersonalData();
  }

  /**
   * Reads only the rows holding an address or text not under the current key, or a mail's dedup key that still ends
   * in an address (an index holds no "@").
   *
   * @return how many values were changed
   */
  int protectPersonalData() {
    int changed = upgrade.run("notification_outbox", List.of("id"), "channel, recipient, body, dedup_key",
        upgrade.notUnderCurrentKey("body").or(upgrade.notUnderCurrentKey("recipient").and("channel = 'EMAIL'"))
            .or(new PersonalDataUpgrade.Candidates("channel = 'EMAIL' and dedup_key like '%@%'", List.of())),
        row -> protect(new Row(((Number) row.get("id")).longValue(),
            NotificationChannel.valueOf((String) row.get("channel")), (String) row.get("recipient"),
            (String) row.get("body"), (String) row.get("dedup_key")))).changed();
    if (changed > 0) {
      log.info("Encrypted {} address(es) and text(s) in the notification outbox", changed);
    }
    return changed;
  }

  private int protect(Row row) {
    int changed = 0;
    if (row.channel() == NotificationChannel.EMAIL) {
      changed += encrypt(row.id(), "recipient", row.recipient());
      changed += indexDedupKey(row);
    }
    return changed + encrypt(row.id(), "body", row.body());
  }

  private int encrypt(long id, String column, String stored) {
    if (stored == null || stored.isEmpty() || cipher.isCurrent(stored)) {
      return 0;
    }
    return jdbc.update("UPDATE notification_outbox SET " + column + " = ? WHERE id = ? AND " + column + " = ?",
        cipher.encrypt(cipher.decrypt(stored)), id, stored);
  }

  /** A key queued before ends in "|" and the address, lower case, as {@link Notifications} wrote it then. */
  private int indexDedupKey(Row row) {
    String address = row.recipient() == null ? null : cipher.decrypt(row.recipient()).toLowerCase();
    if (row.dedupKey() == null || address == null || !row.dedupKey().endsWith("|" + address)) {
      return 0;
    }
    String key = row.dedupKey().substring(0, row.dedupKey().length() - address.length() - 1);
    try {
      return jdbc.update("UPDATE notification_outbox SET dedup_key = ? WHERE id = ? AND dedup_key = ?",
          Notifications.mailDedupKey(key, address, index), row.id(), row.dedupKey());
    } catch (DuplicateKeyException queuedAgain) {
      // the same mail was queued again under the new key before this ran: both rows stay, as they were sent
      log.warn("Outbox row {} keeps its earlier dedup key: the same mail was queued again since", row.id());
      return 0;
    }
  }
}
