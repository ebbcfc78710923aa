package org.creditcommitment.system;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The digests a stored hash may have been made with, by the name stored beside it ({@link #stored}): a row keeps the
 * name of its algorithm, so hashes made before a change of algorithm stay verifiable. The keyed ones (HMAC) need the
 * key the row names; without it nobody can recompute them, which is the point (GB/T 39786-2021: integrity of stored
 * important data). SM3 is GB/T 32905-2016.
 */
public enum HashAlgorithm {
  SHA_256("SHA-256", false, SHA256Digest::new),
  SM3("SM3", false, SM3Digest::new),
  HMAC_SHA_256("HMAC-SHA-256", true, SHA256Digest::new),
  HMAC_SM3("HMAC-SM3", true, SM3Digest::new);

  private final String stored;
  private final boolean keyed;
  private final Supplier<Digest> digest;

  HashAlgorithm(String stored, boolean keyed, Supplier<Digest> digest) {
    this.stored = stored;
    this.keyed = keyed;
    this.digest = digest;
  }

  /** The name stored with a hash, e.g. {@code HMAC-SM3}. */
  public String stored() {
    return stored;
  }

  public boolean keyed() {
    return keyed;
  }

  /** The algorithm of a stored name; rows from before algorithms were recorded are SHA-256. */
  public static HashAlgorithm named(String stored) {
    if (stored == null) {
      return SHA_256;
    }
    for (HashAlgorithm algorithm : values()) {
      if (algorithm.stored.equals(stored)) {
        return algorithm;
      }
    }
    throw new IllegalArgumentException("Unknown hash algorithm " + stored);
  }

  /** Lower-case hex of the digest (key null) or HMAC (key given) of the bytes. */
  public String hex(byte[] data, byte[] key) {
    byte[] out;
    if (keyed) {
      if (key == null) {
        throw new IllegalArgumentException(stored + " needs a key");
      }
      HMac mac = new HMac(digest.get());
      mac.init(new KeyParameter(key));
      mac.update(data, 0, data.length);
      out = new byte[mac.getMacSize()];
      mac.doFinal(out, 0);
    } else {
      Digest d = digest.get();
      d.update(data, 0, data.length);
      out = new byte[d.getDigestSize()];
      d.doFinal(out, 0);
    }
    return HexFormat.of().formatHex(out);
  }

  public String hex(String text, byte[] key) {
    return hex(text.getBytes(StandardCharsets.UTF_8), key);
  }
}
