package org.creditcommitment.documents.seal;

import org.creditcommitment.system.CryptoSuite;

/**
 * The signature algorithm of the electronic seal ({@code cc.seal.algorithm}): SM2 with SM3 (国密, GB/T 38540-2020 names
 * it for electronic seals), or RSA or ECDSA (P-256) with SHA-256 for installations on the international suite.
 */
public enum SealAlgorithm {
  SM2("SM3withSM2", "SM3", "EC", "sm2p256v1"),
  RSA("SHA256withRSA", "SHA-256", "RSA", null),
  ECDSA("SHA256withECDSA", "SHA-256", "EC", "secp256r1");

  private final String signature;
  private final String digest;
  private final String keyType;
  private final String curve;

  SealAlgorithm(String signature, String digest, String keyType, String curve) {
    this.signature = signature;
    this.digest = digest;
    this.keyType = keyType;
    this.curve = curve;
  }

  /** The JCA name of the signature algorithm, e.g. SM3withSM2. */
  public String signature() {
    return signature;
  }

  /** The JCA name of its digest, also used for the signing-certificate-v2 attribute. */
  public String digest() {
    return digest;
  }

  String keyType() {
    return keyType;
  }

  String curve() {
    return curve;
  }

  /** The default of a suite: SM2 under SM, RSA under INTERNATIONAL. */
  public static SealAlgorithm of(CryptoSuite suite) {
    return suite == CryptoSuite.SM ? SM2 : RSA;
  }
}
