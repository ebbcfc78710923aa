package org.creditcommitment.system;

/**
 * The family of algorithms new data is protected with ({@code cc.crypto.suite}); what is already stored keeps the
 * algorithm recorded with it. {@link #SM} is the commercial-cryptography set (国密) a 密评 under GB/T 39786-2021 asks
 * for; {@link #INTERNATIONAL} is for installations that must use SHA-256 and AES instead.
 */
public enum CryptoSuite {
  SM(HashAlgorithm.SM3, HashAlgorithm.HMAC_SM3, CipherAlgorithm.SM4_GCM),
  INTERNATIONAL(HashAlgorithm.SHA_256, HashAlgorithm.HMAC_SHA_256, CipherAlgorithm.AES_GCM);

  private final HashAlgorithm digest;
  private final HashAlgorithm mac;
  private final CipherAlgorithm cipher;

  CryptoSuite(HashAlgorithm digest, HashAlgorithm mac, CipherAlgorithm cipher) {
    this.digest = digest;
    this.mac = mac;
    this.cipher = cipher;
  }

  /** For personal data at rest. */
  public CipherAlgorithm cipher() {
    return cipher;
  }

  /** For hashes anyone must be able to recompute (an issued PDF's digest on its public verification page). */
  public HashAlgorithm digest() {
    return digest;
  }

  /** For hashes only the holder of the key may recompute (the audit chain, the search index of personal data). */
  public HashAlgorithm mac() {
    return mac;
  }
}
