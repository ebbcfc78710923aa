package org.creditcommitment.audit;

import java.util.Optional;

import org.creditcommitment.system.HashAlgorithm;
import org.creditcommitment.system.Keyring;
import org.springframework.stereotype.Component;

/**
 * The algorithm and key of the audit log's hashes. New events are hashed with the suite's HMAC (HMAC-SM3 by default)
 * under the audit key, which lives outside the database ({@code cc.crypto}), so whoever can only change the database
 * cannot recompute a forged chain. Each event stores its algorithm and key id, so events hashed before (SHA-256, no
 * key) and under an earlier key stay verifiable.
 */
@Component
class AuditHashing {

  private final Keyring keys;

  AuditHashing(Keyring keys) {
    this.keys = keys;
  }

  /** How new events and the chain head's seal are hashed now. */
  Hasher current() {
    return new Hasher(keys.suite().mac(), keys.auditKeyId(), keys.key(keys.auditKeyId()));
  }

  /** How a stored row was hashed; empty when its algorithm is unknown or its key is not configured here. */
  Optional<Hasher> of(String storedAlgorithm, String keyId) {
    HashAlgorithm algorithm;
    try {
      algorithm = HashAlgorithm.named(storedAlgorithm);
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
    if (!algorithm.keyed()) {
      return Optional.of(new Hasher(algorithm, null, null));
    }
    byte[] key = keys.key(keyId);
    return key == null ? Optional.empty() : Optional.of(new Hasher(algorithm, keyId, key));
  }

  /** One algorithm with its key (null for an unkeyed digest). */
  record Hasher(HashAlgorithm algorithm, String keyId, byte[] key) {
    String hex(String text) {
      return algorithm.hex(text, key);
    }

    boolean keyed() {
      return algorithm.keyed();
    }
  }
}
