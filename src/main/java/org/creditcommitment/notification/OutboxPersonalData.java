package org.creditcommitment.notification;

import java.util.List;

import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.PersonalDataIndex;
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
 * outbox keeps rows for good, so it goes through them in batches rather than reading the table at once.
 */
@Component
class OutboxPersonalData {

  private static final Logger log = LoggerFactory.getLogger(OutboxPersonalData.class);
  private static final int BATCH = 500;

  private record Row(long id, NotificationChannel channel, String recipient, String body, String dedupKey) {}

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final PersonalDataIndex index;

  OutboxPersonalData(JdbcTemplate jdbc, PersonalDataCipher cipher, PersonalDataIndex index) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.index = index;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    protectPersonalData();
  }

  /** @return how many values were changed */
  int protectPersonalData() {
    int changed = 0;
    long after = 0;
    List<Row> rows;
    do {
      rows = jdbc.query("SELECT id, channel, recipient, body, dedup_key FROM notification_outbox WHERE id > ?"
          + " ORDER BY id LIMIT ?", (rs, n) -> new Row(rs.getLong("id"),
              NotificationChannel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("body"),
              rs.getString("dedup_key")), after, BATCH);
      for (Row row : rows) {
        changed += protect(row);
        after = row.id();
      }
    } while (rows.size() == BATCH);
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
