package org.creditcommitment.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.PersonalDataUpgrade;
import org.creditcommitment.system.Timestamps;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Officials' mobile numbers for short messages ({@code official_contact}), kept by administrators through
 * {@code /api/official-contacts}. The product keeps them itself rather than reading the identity provider's
 * {@code phone_number} attribute: officials sign in with the product's own users today, and an installation whose
 * directory carries the numbers fills this table from it. Numbers are stored encrypted (SM4-GCM by default).
 */
@Service
public class OfficialContacts {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final PersonalDataCipher cipher;
  private final PersonalDataUpgrade upgrade;
  private final Clock clock;

  OfficialContacts(JdbcTemplate jdbc, PersonalDataCipher cipher, PersonalDataUpgrade upgrade, Clock clock) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.cipher = cipher;
    this.upgrade = upgrade;
    this.clock = clock;
  }

  /** An official's number as listed: masked. */
  public record Contact(String userId, String mobileMasked, OffsetDateTime updatedAt, String updatedBy) {}

  public List<Contact> list() {
    return jdbc.query("select user_id, mobile, updated_at, updated_by from official_contact order by user_id",
        (rs, n) -> new Contact(rs.getString("user_id"), MobileNumbers.mask(cipher.decrypt(rs.getString("mobile"))),
            Timestamps.read(rs, "updated_at"), rs.getString("updated_by")));
  }

  /** Sets (or replaces) an official's number, given as {@link MobileNumbers#normalise} returns it. */
  public Contact set(String userId, String mobile, String by) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    String stored = cipher.encrypt(mobile);
    if (jdbc.update("update official_contact set mobile = ?, updated_at = ?, updated_by = ? where user_id = ?",
        stored, now, by, userId) == 0) {
      jdbc.update("insert into official_contact (user_id, mobile, updated_at, updated_by) values (?, ?, ?, ?)",
          userId, stored, now, by);
    }
    return new Contact(userId, MobileNumbers.mask(mobile), now, by);
  }

  /** Whether there was a number to remove. */
  public boolean remove(String userId) {
    return jdbc.update("delete from official_contact where user_id = ?", userId) > 0;
  }

  /** user id → mobile number (decrypted) of those officials who have one. */
  Map<String, String> mobilesOf(Collection<String> userIds) {
    Map<String, String> mobiles = new LinkedHashMap<>();
    // one cheap look first: most installations keep no numbers, and this runs whenever a task is created
    if (userIds.isEmpty() || !any()) {
      return mobiles;
    }
    named.query("select user_id, mobile from official_contact where user_id in (:ids)",
        new MapSqlParameterSource("ids", userIds),
        rs -> {
          mobiles.put(rs.getString("user_id"), cipher.decrypt(rs.getString("mobile")));
        });
    return mobiles;
  }

  /** Whether any official has a number (most installations keep none; tasks are created all the time). */
  boolean any() {
    return !jdbc.queryForList("select user_id from official_contact fetch first 1 rows only", String.class).isEmpty();
  }

  /** Numbers stored under an earlier key are encrypted again under the current one (a rotation). */
  @EventListener(ApplicationStartedEvent.class)
  void protectPersonalData() {
    upgrade.encryptStored("official_contact", "user_id", "mobile");
  }
}
