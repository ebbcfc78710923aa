package org.creditcommitment.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.creditcommitment.system.HashAlgorithm;
import org.creditcommitment.system.Keyring;
import org.creditcommitment.system.NaturalPersonCodes;
import org.creditcommitment.system.PersonalDataIndex;
import org.creditcommitment.system.PersonalDataMasks;
import org.creditcommitment.system.SqlLike;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An event's reference ({@code audit_event.ref}) at rest. A case number or an organisation's code is stored as it is.
 * A natural person's resident ID number is stored as {@code pidx:<masked code>:<keyed index>} (GB/T 39786-2021
 * 重要数据存储机密性): the masked code (441502********1239, as the product shows it everywhere) keeps the log readable
 * without any key, the keyed index ({@link PersonalDataIndex}, HMAC-SM3 under the index key) finds the person's events
 * by their code, and nobody without the index key can test guesses against it. The form is what the event's hashes
 * cover, so the chain verifies with the audit key alone, as before; no data key is tied to the log's lifetime.
 * <p>
 * Events recorded before keep their reference as it was (plain): rewriting them would break the chain that proves
 * them. A search by a person's code therefore looks for the plain form and every index form of that code: the current
 * index key's, and those under earlier index keys this installation still has (found by the masked prefix, then
 * checked under the key each names).
 */
@Component
class AuditRefs {

  static final String PERSON = "pidx:";
  private static final int MASKED_LENGTH = 18;

  private final PersonalDataIndex index;
  private final Keyring keys;
  private final JdbcTemplate jdbc;

  AuditRefs(PersonalDataIndex index, Keyring keys, JdbcTemplate jdbc) {
    this.index = index;
    this.keys = keys;
    this.jdbc = jdbc;
  }

  /** The reference as a new event stores it. */
  String stored(String ref) {
    if (!isPerson(ref)) {
      return ref;
    }
    // one form whatever the case of the check letter, so the masked prefix finds it under any index key
    String code = ref.toUpperCase(Locale.ROOT);
    return PERSON + PersonalDataMasks.idNumber(code) + ":" + index.of(code);
  }

  /** Every stored form a reference's events may carry: the reference itself, and a person's index forms. */
  List<String> storedForms(String ref) {
    if (!isPerson(ref)) {
      return List.of(ref);
    }
    String code = ref.toUpperCase(Locale.ROOT);
    List<String> forms = new ArrayList<>(List.of(ref, stored(ref)));
    // earlier index keys: few rows share a masked code, and each names the key it was computed under
    for (String candidate : jdbc.queryForList("select distinct ref from audit_event where ref like ?", String.class,
        SqlLike.literal(PERSON + PersonalDataMasks.idNumber(code) + ":") + "%")) {
      if (!forms.contains(candidate) && indexes(candidate, code)) {
        forms.add(candidate);
      }
    }
    return forms;
  }

  /**
   * The reference as a reader is shown it: the code that was searched for when the event was found by it, else a
   * person's code masked (whether stored as an index form or, before, in plain text), else the reference as stored.
   */
  static String shown(String stored, List<String> searched) {
    if (stored == null) {
      return null;
    }
    if (searched != null && searched.contains(stored)) {
      return searched.get(0);
    }
    if (stored.startsWith(PERSON) && stored.length() > PERSON.length() + MASKED_LENGTH) {
      return stored.substring(PERSON.length(), PERSON.length() + MASKED_LENGTH);
    }
    return isPerson(stored) ? PersonalDataMasks.idNumber(stored) : stored;
  }

  /** Whether a stored index form is the index of the code under the key it names (any keyed algorithm). */
  private boolean indexes(String stored, String code) {
    int keyAt = PERSON.length() + MASKED_LENGTH + 1;
    int hexAt = stored.lastIndexOf(':');
    if (hexAt <= keyAt) {
      return false;
    }
    byte[] key = keys.key(stored.substring(keyAt, hexAt));
    if (key == null) {
      return false;
    }
    byte[] hex = stored.substring(hexAt + 1).getBytes(StandardCharsets.US_ASCII);
    for (HashAlgorithm algorithm : HashAlgorithm.values()) {
      if (algorithm.keyed()
          && MessageDigest.isEqual(algorithm.hex(code, key).getBytes(StandardCharsets.US_ASCII), hex)) {
        return true;
      }
    }
    return false;
  }

  /** A reference in the shape of a resident ID number (one masked by position, so the full shape is needed). */
  static boolean isPerson(String ref) {
    return NaturalPersonCodes.shapedAsResidentId(ref);
  }
}
