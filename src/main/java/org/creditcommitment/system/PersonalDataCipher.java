package org.creditcommitment.system;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data of natural persons for storage (GB/T 39786-2021: 重要数据存储机密性): SM4-GCM by default
 * ({@code cc.crypto.suite}), under the data key of {@code cc.crypto.data-key}, which lives outside the database. A
 * stored value names its cipher and key: {@code enc1:SM4-GCM:<key id>:<base64 of nonce and ciphertext>}, so values
 * under an earlier key (or cipher) still decrypt after a rotation, and {@link #isCurrent} tells the start-up step
 * which to encrypt again ({@link PersonalDataUpgrade}).
 * <p>
 * A value without the prefix is one stored before encryption: {@link #decrypt} returns it as it is, so reads work in
 * the moments between the upgrade and the start-up step that encrypts those rows.
 */
@Component
public class PersonalDataCipher {

  static final String PREFIX = "enc1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final Keyring keys;
  private final SecureRandom random = new SecureRandom();

  PersonalDataCipher(Keyring keys) {
    this.keys = keys;
  }

  /** The stored form of a value; null stays null. */
  public String encrypt(String plain) {
    if (plain == null) {
      return null;
    }
    CipherAlgorithm algorithm = keys.suite().cipher();
    String keyId = keys.dataKeyId();
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] out = run(algorithm, keys.key(keyId), nonce, true, plain.getBytes(StandardCharsets.UTF_8));
    byte[] stored = new byte[nonce.length + out.length];
    System.arraycopy(nonce, 0, stored, 0, nonce.length);
    System.arraycopy(out, 0, stored, nonce.length, out.length);
    return PREFIX + algorithm.stored() + ":" + keyId + ":" + Base64.getEncoder().encodeToString(stored);
  }

  /** The value of a stored form; a value stored before encryption is returned as it is. */
  public String decrypt(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      return stored;
    }
    String[] parts = stored.split(":", 4);
    if (parts.length != 4) {
      throw new IllegalStateException("A stored encrypted value is malformed");
    }
    byte[] key = keys.key(parts[2]);
    if (key == null) {
      throw new IllegalStateException("Personal data is encrypted under key " + parts[2]
          + ", which is neither in cc.crypto.keys nor in the key store");
    }
    byte[] bytes = Base64.getDecoder().decode(parts[3]);
    byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
    byte[] body = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
    return new String(run(CipherAlgorithm.named(parts[1]), key, nonce, false, body), StandardCharsets.UTF_8);
  }

  /** Whether a stored value is encrypted with the current cipher and key (null counts as current: nothing to do). */
  public boolean isCurrent(String stored) {
    return stored == null
        || stored.startsWith(PREFIX + keys.suite().cipher().stored() + ":" + keys.dataKeyId() + ":");
  }

  private static byte[] run(CipherAlgorithm algorithm, byte[] key, byte[] nonce, boolean encrypt, byte[] input) {
    GCMModeCipher gcm = GCMBlockCipher.newInstance(algorithm.engine());
    gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce));
    byte[] out = new byte[gcm.getOutputSize(input.length)];
    int length = gcm.processBytes(input, 0, input.length, out, 0);
    try {
      length += gcm.doFinal(out, length);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("A stored encrypted value was changed or belongs to another key", e);
    }
    return length == out.length ? out : java.util.Arrays.copyOf(out, length);
  }
}
