package org.creditcommitment.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification_outbox} table. Writes by {@link Notifications} join the caller's transaction;
 * the sender's updates run outside any transaction, each committing at once, so a claim is visible to
 * other nodes before the mail goes out.
 * <p>
 * A mail's address and every row's text are personal data of the applicant or an official: they are stored encrypted
 * ({@link PersonalDataCipher}, SM4-GCM by default) and decrypted here, so every reader gets them as queued. A short
 * message's recipient column holds only the masked number (the number itself is {@code recipient_cipher}).
 */
@Repository
class NotificationOutbox {

  private static final String COLUMNS = "id, case_no, type, recipient, subject, body, status, attempts, created_at, "
      + "next_attempt_at, sent_at, last_error, body_digest, body_hash_alg, channel";

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;
  private final String insertSql;

  NotificationOutbox(JdbcTemplate jdbc, DataSource dataSource, PersonalDataCipher cipher)
      throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.cipher = cipher;
    String insert = "INSERT INTO notification_outbox (created_at, case_no, type, recipient, subject, body, status, "
        + "attempts, next_attempt_at, last_error, dedup_key, body_digest, body_hash_alg, channel, recipient_cipher)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)";
    // On PostgreSQL a unique violation would abort the caller's whole transaction (the process step),
    // so a concurrent duplicate is skipped there instead; H2 only fails the statement.
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    this.insertSql = "PostgreSQL".equals(product) ? insert + " ON CONFLICT (dedup_key) DO NOTHING" : insert;
  }

  /**
   * recipient: the address, or a short message's masked number; recipientCipher: its number, encrypted; recipient and
   * body in plain text (encrypted here). earlierDedupKey: the key as rows queued before their dedup keys lost the
   * address had it, also taken as queued (null when the same).
   */
  record NewRow(OffsetDateTime now, String caseNo, NotificationType type, String recipient, String subject,
      String body, NotificationStatus status, String lastError, String dedupKey, String bodyDigest,
      String bodyHashAlg, NotificationChannel channel, String recipientCipher, String earlierDedupKey) {

    NewRow(OffsetDateTime now, String caseNo, NotificationType type, String recipient, String subject, String body,
        NotificationStatus status, String lastError, String dedupKey, String bodyDigest, String bodyHashAlg,
        NotificationChannel channel, String recipientCipher) {
      this(now, caseNo, type, recipient, subject, body, status, lastError, dedupKey, bodyDigest, bodyHashAlg, channel,
          recipientCipher, null);
    }
  }

  /** The new row's id, or null when a row with the same dedup key exists already. */
  Long insert(NewRow row) {
    if (row.dedupKey() != null && (exists(row.dedupKey())
        || row.earlierDedupKey() != null && exists(row.earlierDedupKey()))) {
      return null;
    }
    KeyHolder keys = new GeneratedKeyHolder();
    int inserted = jdbc.update(connection -> {
      var statement = connection.prepareStatement(insertSql, new String[] {"id"});
      statement.setObject(1, row.now());
      statement.setString(2, row.caseNo());
      statement.setString(3, row.type().name());
      statement.setString(4, row.channel() == NotificationChannel.EMAIL ? cipher.encrypt(row.recipient())
          : row.recipient());
      statement.setString(5, row.subject());
      statement.setString(6, cipher.encrypt(row.body()));
      statement.setString(7, row.status().name());
      statement.setObject(8, row.now());
      statement.setString(9, row.lastError());
      statement.setString(10, row.dedupKey());
      statement.setString(11, row.bodyDigest());
      statement.setString(12, row.bodyHashAlg());
      statement.setString(13, row.channel().name());
      statement.setString(14, row.recipientCipher());
      return statement;
    }, keys);
    return inserted == 1 ? keys.getKey().longValue() : null;
  }

  private boolean exists(String dedupKey) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE dedup_key = ?",
        Integer.class, dedupKey);
    return count != null && count > 0;
  }

  List<Long> dueIds(NotificationChannel channel, OffsetDateTime now, int limit) {
    return jdbc.queryForList("SELECT id FROM notification_outbox WHERE channel = ? AND status = 'PENDING' "
        + "AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?", Long.class, channel.name(), now, limit);
  }

  /** A short message's number as stored (encrypted); only the sender reads it. */
  String recipientCipher(long id) {
    return jdbc.queryForObject("SELECT recipient_cipher FROM notification_outbox WHERE id = ?", String.class, id);
  }

  /** Takes a due row for this node only; false when another node (or thread) was faster. */
  boolean claim(long id, OffsetDateTime now, OffsetDateTime claimExpires) {
    return jdbc.update("UPDATE notification_outbox SET status = 'SENDING', attempts = attempts + 1, "
        + "next_attempt_at = ? WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ?",
        claimExpires, id, now) == 1;
  }

  NotificationView find(long id) {
    return jdbc.queryForObject("SELECT " + COLUMNS + " FROM notification_outbox WHERE id = ?", this::view, id);
  }

  void markSent(long id, OffsetDateTime now) {
    jdbc.update("UPDATE notification_outbox SET status = 'SENT', sent_at = ?, last_error = NULL "
        + "WHERE id = ? AND status = 'SENDING'", now, id);
  }

  void markRetry(long id, String error, OffsetDateTime nextAttempt) {
    jdbc.update("UPDATE notification_outbox SET status = 'PENDING', last_error = ?, next_attempt_at = ? "
        + "WHERE id = ? AND status = 'SENDING'", error, nextAttempt, id);
  }

  /** A short message kept in the outbox and the log only (no gateway configured). */
  void markRecorded(long id) {
    jdbc.update("UPDATE notification_outbox SET status = 'RECORDED', last_error = NULL "
        + "WHERE id = ? AND status = 'SENDING'", id);
  }

  void markFailed(long id, String error, OffsetDateTime now) {
    jdbc.update("UPDATE notification_outbox SET status = 'FAILED', last_error = ?, next_attempt_at = ? "
        + "WHERE id = ? AND status = 'SENDING'", error, now, id);
  }

  /** Rows whose sender died mid-send go back to the queue (at-least-once: the mail may have left). */
  int releaseExpiredClaims(NotificationChannel channel, OffsetDateTime now) {
    return jdbc.update("UPDATE notification_outbox SET status = 'PENDING', last_error = ? "
        + "WHERE channel = ? AND status = 'SENDING' AND next_attempt_at <= ?",
        "发送中断，重新发送 / sending was interrupted; retrying", channel.name(), now);
  }

  /** Sent mails whose text is still kept although they went out before {@code cutoff}: id and text. */
  List<java.util.Map.Entry<Long, String>> sentBodiesBefore(OffsetDateTime cutoff, int limit) {
    return jdbc.query("SELECT id, body, body_digest FROM notification_outbox WHERE status = 'SENT' AND sent_at < ?"
        + " AND body IS NOT NULL ORDER BY id LIMIT ?", (rs, n) -> java.util.Map.entry(rs.getLong("id"),
            rs.getString("body_digest") == null ? cipher.decrypt(rs.getString("body")) : ""), cutoff, limit);
  }

  /** Clears a sent mail's text, keeping (or, for rows queued before digests, writing) the digest of it. */
  void clearBody(long id, String digestIfMissing, String hashAlgIfMissing) {
    jdbc.update("UPDATE notification_outbox SET body = NULL, body_digest = coalesce(body_digest, ?),"
        + " body_hash_alg = coalesce(body_hash_alg, ?) WHERE id = ? AND status = 'SENT'", digestIfMissing,
        hashAlgIfMissing, id);
  }

  List<NotificationView> forCase(String caseNo) {
    return jdbc.query("SELECT " + COLUMNS + " FROM notification_outbox WHERE case_no = ? ORDER BY id",
        this::view, caseNo);
  }

  /** A short message's masked number has no prefix, so it is read as it is, as is a row not yet encrypted at start. */
  private NotificationView view(ResultSet rs, int row) throws SQLException {
    NotificationType type = NotificationType.valueOf(rs.getString("type"));
    NotificationStatus status = NotificationStatus.valueOf(rs.getString("status"));
    return new NotificationView(rs.getLong("id"), rs.getString("case_no"), type, type.label(),
        cipher.decrypt(rs.getString("recipient")), rs.getString("subject"), cipher.decrypt(rs.getString("body")), status,
        rs.getInt("attempts"),
        Timestamps.read(rs, "created_at"),
        status == NotificationStatus.PENDING ? Timestamps.read(rs, "next_attempt_at") : null,
        Timestamps.read(rs, "sent_at"), rs.getString("last_error"), rs.getString("body_digest"),
        rs.getString("body_hash_alg"), NotificationChannel.valueOf(rs.getString("channel")));
  }
}
