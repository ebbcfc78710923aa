package org.creditcommitment.documents.seal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo seal: a key and a self-signed certificate made at start, named demo in its subject, so an installation
 * without a key store issues sealed documents out of the box. Anyone can make such a certificate: it proves nothing
 * about who issued a document, which is why the start-up log says so and the prod profile refuses it.
 */
final class DemoSealCertificate {

  static final String ORGAN = "信用承诺演示发文机关";
  static final String DEMO_UNIT = "demo";

  private DemoSealCertificate() {}

  record KeyAndCertificate(PrivateKey key, X509Certificate certificate) {}

  static KeyAndCertificate make(SealAlgorithm algorithm, Clock clock) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.keyType(), CmsSignatures.BC);
      if (algorithm.curve() != null) {
        generator.initialize(new ECGenParameterSpec(algorithm.curve()));
      } else {
        generator.initialize(2048);
      }
      KeyPair pair = generator.generateKeyPair();
      X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
          .addRDN(BCStyle.C, "CN")
          .addRDN(BCStyle.O, ORGAN)
          .addRDN(BCStyle.OU, DEMO_UNIT)
          .addRDN(BCStyle.CN, ORGAN + "电子印章（演示）")
          .build();
      Instant now = clock.instant();
      JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
          BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
          Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic());
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      X509Certificate certificate = new JcaX509CertificateConverter().setProvider(CmsSignatures.BC).getCertificate(
          builder.build(new JcaContentSignerBuilder(algorithm.signature()).setProvider(CmsSignatures.BC)
              .build(pair.getPrivate())));
      return new KeyAndCertificate(pair.getPrivate(), certificate);
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("The demo seal could not be made: " + e, e);
    }
  }
}
