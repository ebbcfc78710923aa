package org.creditcommitment.documents.seal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.creditcommitment.system.ClockConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks the electronic seal of an issued file: its last signature's CMS verifies (BouncyCastle
 * {@link SignerInformation#verify}) over the signature's byte range, and that range is the whole file but the
 * signature itself, so not one byte was changed or appended after sealing. It says who sealed (the certificate's
 * subject and organisation), when, and with which algorithm. It checks the seal's integrity, not the certificate's
 * trust: whether the certificate is the organ's is for the installation's trust list (docs/security.md).
 */
@Component
public class SealVerifier {

  private static final Logger log = LoggerFactory.getLogger(SealVerifier.class);

  public SealCheck check(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.isEmpty()) {
        return SealCheck.unsealed();
      }
      PDSignature signature = signatures.get(signatures.size() - 1);
      int[] range = signature.getByteRange();
      boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
      CMSSignedData cms = CmsSignatures.read(signature.getSignedContent(pdf), signature.getContents(pdf));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
      if (matches.isEmpty()) {
        return SealCheck.broken("签章中没有签章者证书");
      }
      X509CertificateHolder certificate = matches.iterator().next();
      boolean verified;
      try {
        verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(CmsSignatures.BC)
            .build(certificate));
      } catch (CMSSignerDigestMismatchException changed) {
        verified = false;
      }
      boolean intact = verified && whole;
      String organ = SealCertificates.part(certificate.getSubject(), BCStyle.O);
      String ou = SealCertificates.part(certificate.getSubject(), BCStyle.OU);
      boolean demo = DemoSealCertificate.DEMO_UNIT.equals(ou);
      OffsetDateTime signedAt = signature.getSignDate() == null ? null
          : signature.getSignDate().toInstant().atZone(ClockConfig.ZONE).toOffsetDateTime();
      String summary = !verified ? "电子印章无效：签章与文件内容不符，文件已被修改"
          : !whole ? "电子印章有效，但盖章后文件又被追加或修改过"
          : demo ? "已加盖电子印章，签章有效（演示印章，不代表真实机关）" : "已加盖电子印章，签章有效";
      return new SealCheck(true, intact, SealCertificates.part(certificate.getSubject(), BCStyle.CN), organ,
          signedAt, algorithm(signer), demo, summary);
    } catch (IOException | CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
      log.warn("A document's seal cannot be checked", e);
      return SealCheck.broken("签章无法读取");
    }
  }

  /** E.g. SM3withSM2, SHA256withRSA, SHA256withECDSA. */
  static String algorithm(SignerInformation signer) {
    DefaultAlgorithmNameFinder names = new DefaultAlgorithmNameFinder();
    String signature = names.getAlgorithmName(signer.getEncryptionAlgOID() == null ? null
        : new org.bouncycastle.asn1.ASN1ObjectIdentifier(signer.getEncryptionAlgOID()));
    if (signature.toUpperCase().contains("WITH")) {
      return signature.replace("WITH", "with");
    }
    String digest = names.getAlgorithmName(new org.bouncycastle.asn1.ASN1ObjectIdentifier(signer.getDigestAlgOID()))
        .replace("-", "");
    return digest + "with" + signature;
  }
}
