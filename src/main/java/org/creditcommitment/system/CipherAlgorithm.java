package org.creditcommitment.system;

import java.util.function.Supplier;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.SM4Engine;

/**
 * The ciphers personal data may be stored under, by the name stored with each value: SM4 (GB/T 32907-2016) or AES,
 * both in GCM mode, so a changed ciphertext fails to decrypt instead of yielding other data.
 */
public enum CipherAlgorithm {
  SM4_GCM("SM4-GCM", SM4Engine::new),
  AES_GCM("AES-GCM", AESEngine::newInstance);

  private final String stored;
  private final Supplier<BlockCipher> engine;

  CipherAlgorithm(String stored, Supplier<BlockCipher> engine) {
    this.stored = stored;
    this.engine = engine;
  }

  public String stored() {
    return stored;
  }

  BlockCipher engine() {
    return engine.get();
  }

  public static CipherAlgorithm named(String stored) {
    for (CipherAlgorithm algorithm : values()) {
      if (algorithm.stored.equals(stored)) {
        return algorithm;
      }
    }
    throw new IllegalArgumentException("Unknown cipher " + stored);
  }
}
