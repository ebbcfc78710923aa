package org.creditcommitment.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.creditcommitment.system.HashAlgorithm;
import org.creditcommitment.system.Keyring;
import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.PersonalDataIndex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The public API of notifications: queue an e-mail (and, for the types that have one, a short message) in the
 * caller's database transaction, list a case's notifications. A Camunda delegate runs inside the engine's Spring-managed transaction, so a mail
 * queued there is committed, or rolled back, with the process step; it is sent after the commit.
 *
 * <p>The mail is rendered now, so a later template edit does not change mail already queued. A
 * programming error (missing or unknown variable) throws; a recipient that cannot be mailed (bad
 * address, group without e-mail addresses) is stored as a FAILED row, so officials see it on the
 * case and the process step is not blocked by applicant data.
 */
@Service
public class Notifications {

  static final int MAX_CASE_NO = 100;
  static final int MAX_DEDUP_KEY = 150;

  private final MailTemplates templates;
  private final RecipientResolver recipients;
  private final NotificationOutbox outbox;
  private final NotificationSender sender;
  private final ShortTexts shortTexts;
  private final ShortMessageSender shortMessages;
  private final PersonalDataCipher cipher;
  private final PersonalDataIndex index;
  private final Clock clock;
  private final Keyring keys;

  Notifications(MailTemplates templates, RecipientResolver recipients, NotificationOutbox outbox,
      NotificationSender sender, ShortTexts shortTexts, ShortMessageSender shortMessages, PersonalDataCipher cipher,
      PersonalDataIndex index, Clock clock, Keyring keys) {
    this.keys = keys;
    this.templates = templates;
    this.recipients = recipients;
    this.outbox = outbox;
    this.sender = sender;
    this.shortTexts = shortTexts;
    this.shortMessages = shortMessages;
    this.cipher = cipher;
    this.index = index;
    this.clock = clock;
  }

  /**
   * Writes one outbox row per recipient in the current transaction (or at once without one) and
   * returns their ids; rows whose dedup key was queued before are skipped.
   */
  public List<Long> queue(Notification notification) {
    requireCaseNo(notification.caseNo());
    if (notification.dedupKey() != null
        && (notification.dedupKey().isBlank() || notification.dedupKey().length() > MAX_DEDUP_KEY)) {
      throw new IllegalArgumentException("dedup key must be 1.." + MAX_DEDUP_KEY + " characters");
    }
    Map<String, String> values = values(notification);
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Long> ids = new ArrayList<>();
    if (notification.by(NotificationChannel.EMAIL)) {
      ids.addAll(queueMail(notification, values, now));
    }
    List<Long> texts = notification.by(NotificationChannel.SMS) ? queueShortMessages(notification, values, now)
        : List.of();
    ids.addAll(texts);
    if (ids.size() > texts.size()) {
      afterCommit(sender::nudge);
    }
    if (!texts.isEmpty()) {
      afterCommit(shortMessages::nudge);
    }
    return ids;
  }

  private List<Long> queueMail(Notification notification, Map<String, String> values, OffsetDateTime now) {
    MailTemplate.RenderedMail mail = templates.render(notification.type(), values);
    // the digest outlives the text (SentMailBodies): unkeyed, so anyone holding the mail can recompute it
    HashAlgorithm digest = keys.suite().digest();
    String bodyDigest = digest.hex(mail.body(), null);
    List<Long> ids = new ArrayList<>();
    for (RecipientResolver.Recipient recipient : recipients.resolve(notification)) {
      NotificationStatus status = recipient.problem() == null ? NotificationStatus.PENDING : NotificationStatus.FAILED;
      String address = recipient.address() == null ? null : recipient.address().toLowerCase();
      String dedupKey = notification.dedupKey() == null ? null : mailDedupKey(notification.dedupKey(), address, index);
      String earlierKey = notification.dedupKey() == null || address == null ? null
          : notification.dedupKey() + "|" + address;
      Long id = outbox.insert(new NotificationOutbox.NewRow(now, notification.caseNo(), notification.type(),
          recipient.address(), mail.subject(), mail.body(), status, recipient.problem(), dedupKey, bodyDigest,
          digest.stored(), NotificationChannel.EMAIL, null, earlierKey));
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * A mail's dedup key: the caller's key and the address (lower case) as its keyed index, so the address is not kept in
   * plain text there; "-" for a recipient without one.
   */
  static String mailDedupKey(String key, String lowerCaseAddress, PersonalDataIndex index) {
    return key + "|" + (lowerCaseAddress == null ? "-" : index.of(lowerCaseAddress));
  }

  /**
   * One row per mobile number for a type that has a short text. The number is stored encrypted, shown masked, and
   * kept in the dedup key only as its keyed index.
   */
  private List<Long> queueShortMessages(Notification notification, Map<String, String> values, OffsetDateTime now) {
    if (!shortTexts.has(notification.type())) {
      return List.of();
    }
    List<RecipientResolver.Recipient> mobiles = recipients.resolveMobiles(notification);
    if (mobiles.isEmpty()) {
      return List.of();
    }
    String text = shortTexts.render(notification.type(), values).orElseThrow();
    HashAlgorithm digest = keys.suite().digest();
    String textDigest = digest.hex(text, null);
    List<Long> ids = new ArrayList<>();
    for (RecipientResolver.Recipient mobile : mobiles) {
      NotificationStatus status = mobile.problem() == null ? NotificationStatus.PENDING : NotificationStatus.FAILED;
      String dedupKey = notification.dedupKey() == null ? null
          : notification.dedupKey() + "|sms:" + index.of(mobile.address());
      Long id = outbox.insert(new NotificationOutbox.NewRow(now, notification.caseNo(), notification.type(),
          MobileNumbers.mask(mobile.address()), "短信：" + notification.type().label(), text, status, mobile.problem(),
          dedupKey, textDigest, digest.stored(), NotificationChannel.SMS, cipher.encrypt(mobile.address())));
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** Every e-mail of a case (or objection, repair application), oldest first. */
  public List<NotificationView> forCase(String caseNo) {
    requireCaseNo(caseNo);
    return outbox.forCase(caseNo);
  }

  private static Map<String, String> values(Notification notification) {
    NotificationType type = notification.type();
    Set<String> missing = new LinkedHashSet<>(type.variables());
    missing.removeAll(notification.variables().keySet());
    Set<String> unknown = new LinkedHashSet<>(notification.variables().keySet());
    type.variables().forEach(unknown::remove);
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new IllegalArgumentException(type + " for " + notification.caseNo() + ": missing variables " + missing
          + ", unknown variables " + unknown + "; declared: " + type.variables());
    }
    Map<String, String> values = new LinkedHashMap<>();
    notification.variables().forEach((name, value) -> values.put(name, MailValues.format(name, value)));
    values.put(NotificationType.CASE_NO, notification.caseNo());
    return values;
  }

  private static void requireCaseNo(String caseNo) {
    if (caseNo == null || caseNo.isBlank() || caseNo.length() > MAX_CASE_NO) {
      throw new IllegalArgumentException("case number must be 1.." + MAX_CASE_NO + " characters");
    }
  }

  private static void afterCommit(Runnable nudge) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          nudge.run();
        }
      });
    } else {
      nudge.run();
    }
  }
}
