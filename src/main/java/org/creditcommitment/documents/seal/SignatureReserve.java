package org.creditcommitment.documents.seal;

import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

/**
 * The bytes a PDF reserves for its seal's CMS signature. The file keeps the reserve as hex, twice its size, whether
 * the signature fills it or not, so a fixed reserve large enough for any chain (8 KB) was 16 KB of zeros in every
 * document. The CMS a seal makes is its certificate chain, the signer's issuer and serial twice (signer identifier and
 * signing-certificate-v2), the signature value and a few hundred bytes of structure and signed attributes; none of it
 * depends on the document, so the reserve is computed from the seal's identity with a margin. A provider whose CMS
 * still does not fit (one that adds a timestamp or unsigned attributes) fails with a message naming
 * {@code cc.seal.signature-size}, which then sets the reserve.
 */
final class SignatureReserve {

  /**
   * Structure (ContentInfo, SignedData, SignerInfo, algorithm identifiers) and the signed attributes (content type,
   * message digest, the certificate digest), measured at about 300 bytes, with room for a digest of up to 64 bytes
   * and a provider's longer encodings.
   */
  static final int STRUCTURE = 768;

  private SignatureReserve() {}

  /** The reserve for this identity: the configured size when set, else the computed one. */
  static int of(SealIdentity identity, int configured) {
    return configured > 0 ? configured : computed(identity);
  }

  static int computed(SealIdentity identity) {
    try {
      int size = STRUCTURE;
      for (X509Certificate certificate : identity.chain()) {
        size += certificate.getEncoded().length;
      }
      X509Certificate signer = identity.certificate();
      int issuerAndSerial = signer.getIssuerX500Principal().getEncoded().length
          + signer.getSerialNumber().toByteArray().length;
      return size + 2 * issuerAndSerial + signatureValue(signer.getPublicKey());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("The seal's certificate cannot be encoded", e);
    }
  }

  /** The longest signature value of the key: RSA the modulus; ECDSA and SM2 two integers of the field's size. */
  private static int signatureValue(PublicKey key) {
    if (key instanceof RSAPublicKey rsa) {
      return rsa.getModulus().bitLength() / 8 + 1;
    }
    if (key instanceof ECPublicKey ec) {
      return 2 * (ec.getParams().getCurve().getField().getFieldSize() / 8 + 3) + 4;
    }
    // an unknown key type: as much as an RSA-4096 signature
    return 513;
  }
}
