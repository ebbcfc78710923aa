package org.creditcommitment.system;

import org.springframework.stereotype.Component;

/**
 * The search index of an encrypted value: {@code <key id>:<HMAC-SM3 hex>} of the value under the index key
 * ({@code cc.crypto.index-key}), so the product finds rows by an exact value (a resident ID number) without storing
 * it in plain text, and without the key nobody can test guesses against the index (an unkeyed hash of an 18-digit
 * ID number would be guessed in minutes).
 */
@Component
public class PersonalDataIndex {

  private final Keyring keys;

  PersonalDataIndex(Keyring keys) {
    this.keys = keys;
  }

  /** The index of a value as searched now; null stays null. */
  public String of(String value) {
    if (value == null) {
      return null;
    }
    return keys.indexKeyId() + ":" + keys.suite().mac().hex(value, keys.key(keys.indexKeyId()));
  }

  /** Whether a stored index is under the current key and algorithm (the start-up step recomputes the others). */
  public boolean isCurrent(String stored, String value) {
    return stored != null && stored.equals(of(value));
  }
}
