package org.creditcommitment.documents.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS signatures as PAdES baseline B asks for them: the signed attributes carry the content type, the
 * message digest and the signing-certificate-v2 attribute (which binds the signer's certificate, so it cannot be
 * swapped for another one with the same key), and no signing-time attribute (the signature dictionary's {@code M}
 * states the time). BouncyCastle's provider is passed by instance: nothing is registered JVM-wide.
 */
public final class CmsSignatures {

  /** BouncyCastle, for SM2/SM3 (which the JDK lacks) and for PKCS#12 stores holding SM2 keys. */
  public static final Provider BC = new BouncyCastleProvider();
  /** Keys whose signers a thread keeps; more means keys were rotated, and the older ones are dropped. */
  private static final int KEPT_SIGNERS = 32;
  /**
   * Initialised signers, per layout thread and key: initialising an SM2 signer derives the public point from the
   * private key (a scalar multiplication) and hashes it into Z, which was a fifth of the seal's cost for every
   * document; a JCA signature is back in its initialised state after each signature, so one serves the next.
   */
  private static final ThreadLocal<Map<PrivateKey, Signer>> SIGNERS = ThreadLocal.withInitial(IdentityHashMap::new);

  private record Signer(SealAlgorithm algorithm, ContentSigner signer) {}

  private CmsSignatures() {}

  /** A DER-encoded detached CMS SignedData over content, with the chain's certificates. */
  public static byte[] sign(PrivateKey key, List<X509Certificate> chain, SealAlgorithm algorithm, byte[] content) {
    // by identity: a provider holds its keys, and comparing keys by value costs more than what is saved
    Map<PrivateKey, Signer> signers = SIGNERS.get();
    // taken out while in use: a signature that fails half-way leaves its signer with part of a message, not for reuse
    Signer kept = signers.remove(key);
    try {
      ContentSigner signer = kept != null && kept.algorithm() == algorithm ? kept.signer()
          : new JcaContentSignerBuilder(algorithm.signature()).setProvider(BC).build(key);
      byte[] signed = signedData(signer, chain, algorithm, content);
      if (signers.size() >= KEPT_SIGNERS) {
        signers.clear();
      }
      signers.put(key, new Signer(algorithm, signer));
      return signed;
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("The seal could not be applied: " + e.getMessage(), e);
    }
  }

  private static byte[] signedData(ContentSigner signer, List<X509Certificate> chain, SealAlgorithm algorithm,
      byte[] content) {
    try {
      DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().setProvider(BC).build();
      X509Certificate certificate = chain.get(0);
      SigningCertificateV2 signingCertificate = signingCertificate(certificate, algorithm, digests);
      SignerInfoGenerator info = new JcaSignerInfoGeneratorBuilder(digests)
          .setSignedAttributeGenerator(padesAttributes(signingCertificate))
          .build(signer, certificate);
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(info);
      generator.addCertificates(new JcaCertStore(chain));
      return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
    } catch (OperatorCreationException | CMSException | GeneralSecurityException | IOException e) {
      throw new IllegalStateException("The seal could not be applied: " + e.getMessage(), e);
    }
  }

  /**
   * The CMS of a PDF signature's {@code Contents} over the signed bytes. Contents is padded with zeros to its reserved
   * size, which BouncyCastle's strict parser refuses as extra data: the first ASN.1 object is the signature.
   */
  public static CMSSignedData read(byte[] signedContent, byte[] contents) throws IOException, CMSException {
    try (ASN1InputStream in = new ASN1InputStream(contents)) {
      return new CMSSignedData(new CMSProcessableByteArray(signedContent), ContentInfo.getInstance(in.readObject()));
    }
  }

  private static CMSAttributeTableGenerator padesAttributes(SigningCertificateV2 signingCertificate) {
    DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator();
    return parameters -> {
      @SuppressWarnings("unchecked")
      AttributeTable table = defaults.getAttributes((Map<Object, Object>) parameters);
      return table.remove(CMSAttributes.signingTime)
          .add(PKCSObjectIdentifiers.id_aa_signingCertificateV2, signingCertificate);
    };
  }

  private static SigningCertificateV2 signingCertificate(X509Certificate certificate, SealAlgorithm algorithm,
      DigestCalculatorProvider digests) throws OperatorCreationException, IOException, GeneralSecurityException {
    AlgorithmIdentifier digestId = new DefaultDigestAlgorithmIdentifierFinder().find(algorithm.digest());
    DigestCalculator digest = digests.get(digestId);
    try (OutputStream out = digest.getOutputStream()) {
      out.write(certificate.getEncoded());
    }
    IssuerSerial issuerSerial = new IssuerSerial(
        new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
        certificate.getSerialNumber());
    return new SigningCertificateV2(new ESSCertIDv2(digestId, digest.getDigest(), issuerSerial));
  }
}
