package org.creditcommitment.documents.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Collection;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.SamplePdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The issued file of every document type: PDF/A-2b as far as PDFBox preflight checks ({@link PdfA2bPreflight}), with
 * the organ's seal as a PAdES signature over the whole file that BouncyCastle verifies, under SM2, RSA and ECDSA.
 */
class DocumentSealTest {

  private static final SealVerifier VERIFIER = new SealVerifier();

  @TempDir
  Path dir;

  private static byte[] sealed(DocumentType type, SealProvider provider) {
    return SealTestKeys.sealer(provider).seal(SamplePdfs.laidOut(type), "scjg", SamplePdfs.issuer(type),
        type.title());
  }

  private static SealProvider demo(SealAlgorithm algorithm) {
    return new LocalKeyStoreSealProvider(SealTestKeys.properties(null, algorithm, true), SealAlgorithm.SM2,
        Clock.systemUTC());
  }

  @ParameterizedTest
  @EnumSource(DocumentType.class)
  void everyIssuedDocumentIsPdfA2bAndCarriesAnSm2SealThatVerifiesOverTheWholeFile(DocumentType type)
      throws Exception {
    byte[] pdf = sealed(type, demo(SealAlgorithm.SM2));

    assertThat(PdfA2bPreflight.findings(pdf)).as("preflight findings of %s", type).isEmpty();
    assertPdfA2bIdentification(pdf);
    assertThat(signatureVerifiesOverItsByteRange(pdf)).as("signature of %s", type).isTrue();
    SealCheck check = VERIFIER.check(pdf);
    assertThat(check.sealed()).isTrue();
    assertThat(check.intact()).isTrue();
    assertThat(check.algorithm()).isEqualTo("SM3withSM2");
    assertThat(check.organ()).isEqualTo(DemoSealCertificate.ORGAN);
    assertThat(check.demo()).isTrue();
    assertThat(check.signedAt()).isNotNull();
    writePicture(type, pdf);
  }

  /**
   * target/documents/sealed/&lt;type&gt;.png: the first page of the issued file at 100 dpi, with its seal, as shown in
   * docs/documents (copied from there).
   */
  private static void writePicture(DocumentType type, byte[] pdf) throws IOException {
    Path pictures = Path.of("target", "documents", "sealed");
    Files.createDirectories(pictures);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
      ImageIO.write(page, "png", pictures.resolve(
          type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".png").toFile());
    }
  }

  @Test
  void everyDocumentAnOrganIssuesHasThePlaceWhereTheVisibleSealGoes() throws IOException {
    for (DocumentType type : DocumentType.values()) {
      if (type == DocumentType.COMMITMENT_LETTER) {
        // the applicant's own letter, which the applicant signs: sealed as filed, without the organ's picture
        continue;
      }
      try (PDDocument document = Loader.loadPDF(SamplePdfs.laidOut(type))) {
        assertThat(SealStamp.find(document)).as("（印章） in %s", type).isNotNull();
      }
    }
  }

  @Test
  void anRsaSealFromTheOrgansKeyStoreVerifies() throws Exception {
    Path store = SealTestKeys.keyStore(dir, SealAlgorithm.RSA);
    SealProvider provider = new LocalKeyStoreSealProvider(SealTestKeys.properties(store, SealAlgorithm.RSA, false),
        SealAlgorithm.SM2, Clock.systemUTC());

    byte[] pdf = sealed(DocumentType.LICENCE_DECISION, provider);

    assertThat(PdfA2bPreflight.findings(pdf)).isEmpty();
    assertThat(signatureVerifiesOverItsByteRange(pdf)).isTrue();
    SealCheck check = VERIFIER.check(pdf);
    assertThat(check.intact()).isTrue();
    assertThat(check.algorithm()).isEqualTo("SHA256withRSA");
    assertThat(provider.identity("scjg").demo()).isFalse();
  }

  @Test
  void anSm2SealFromTheOrgansKeyStoreAndAnEcdsaSealVerify() throws Exception {
    Path store = SealTestKeys.keyStore(dir, SealAlgorithm.SM2);
    SealProvider sm2 = new LocalKeyStoreSealProvider(SealTestKeys.properties(store, null, false), SealAlgorithm.SM2,
        Clock.systemUTC());
    assertThat(VERIFIER.check(sealed(DocumentType.DENIAL_DECISION, sm2)).algorithm()).isEqualTo("SM3withSM2");

    byte[] ecdsa = sealed(DocumentType.DENIAL_DECISION, demo(SealAlgorithm.ECDSA));
    assertThat(signatureVerifiesOverItsByteRange(ecdsa)).isTrue();
    assertThat(VERIFIER.check(ecdsa).algorithm()).isEqualTo("SHA256withECDSA");
    assertThat(VERIFIER.check(ecdsa).intact()).isTrue();
  }

  /**
   * The reserve is kept as hex, twice its size, in every file: sized to the seal's chain it holds each algorithm's CMS
   * with a margin of well under a kilobyte (a fixed 8 KB reserve was 16 KB of every document).
   */
  @ParameterizedTest
  @EnumSource(SealAlgorithm.class)
  void theSignatureReserveHoldsTheSealsCmsWithASmallMargin(SealAlgorithm algorithm) throws Exception {
    SealProvider provider = demo(algorithm);
    int cms = provider.sign("scjg", new byte[32]).length;

    byte[] pdf = sealed(DocumentType.DENIAL_DECISION, provider);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      int reserved = document.getLastSignatureDictionary().getContents().length;
      assertThat(reserved).as("bytes reserved for a %d-byte %s CMS", cms, algorithm).isBetween(cms, cms + 1024);
    }
    assertThat(signatureVerifiesOverItsByteRange(pdf)).isTrue();
  }

  @Test
  void aSealWhoseSignatureDoesNotFitItsReserveFailsNamingTheProperty() {
    SealProvider demo = demo(SealAlgorithm.SM2);
    // a provider that adds what the chain does not show (a timestamp token, say)
    SealProvider larger = new SealProvider() {
      @Override
      public SealIdentity identity(String department) {
        return demo.identity(department);
      }

      @Override
      public byte[] sign(String department, byte[] content) {
        return java.util.Arrays.copyOf(demo.sign(department, content), 4096);
      }
    };

    assertThatThrownBy(() -> sealed(DocumentType.DENIAL_DECISION, larger))
        .hasMessageContaining("cc.seal.signature-size").hasMessageContaining("4096");
  }

  @Test
  void oneChangedByteBreaksTheSeal() throws Exception {
    byte[] pdf = sealed(DocumentType.LICENCE_DECISION, demo(SealAlgorithm.SM2));
    byte[] changed = pdf.clone();
    // a byte of the page content, inside the signed range, well before the signature
    int at = indexOf(changed, "stream".getBytes()) + 20;
    changed[at] ^= 0x01;

    assertThat(signatureVerifiesOverItsByteRange(changed)).isFalse();
    SealCheck check = VERIFIER.check(changed);
    assertThat(check.intact()).isFalse();
    assertThat(check.summary()).contains("无效");
  }

  @Test
  void bytesAppendedAfterSealingAreNoLongerIntact() {
    byte[] pdf = sealed(DocumentType.LICENCE_DECISION, demo(SealAlgorithm.SM2));
    byte[] appended = java.util.Arrays.copyOf(pdf, pdf.length + 10);

    assertThat(VERIFIER.check(appended).intact()).isFalse();
  }

  @Test
  void aDocumentIssuedBeforeSealsSaysItCarriesNoSeal() {
    SealCheck check = VERIFIER.check(SamplePdfs.laidOut(DocumentType.LICENCE_DECISION));

    assertThat(check.sealed()).isFalse();
    assertThat(check.summary()).startsWith("未加盖电子印章");
  }

  @Test
  void aKeyStoreThatCannotBeReadStopsTheStartNamingTheProperty() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.p12"), "not a key store");

    assertThatThrownBy(() -> new LocalKeyStoreSealProvider(SealTestKeys.properties(broken, null, false),
        SealAlgorithm.SM2, Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cc.seal.key-store");
  }

  @Test
  void aKeyThatDoesNotFitTheConfiguredAlgorithmStopsTheStart() throws Exception {
    Path rsa = SealTestKeys.keyStore(dir, SealAlgorithm.RSA);

    assertThatThrownBy(() -> new LocalKeyStoreSealProvider(SealTestKeys.properties(rsa, SealAlgorithm.SM2, false),
        SealAlgorithm.SM2, Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cc.seal.alias");
  }

  @Test
  void theDemoSealIsRefusedWhereDemoSealsAreNotAllowed() {
    assertThatThrownBy(() -> new LocalKeyStoreSealProvider(SealTestKeys.properties(null, null, false),
        SealAlgorithm.SM2, Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo seal is not allowed");
  }

  /** The check an outside verifier makes: the CMS over the signature's byte range, with BouncyCastle. */
  static boolean signatureVerifiesOverItsByteRange(byte[] pdf) throws IOException, GeneralSecurityException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = document.getLastSignatureDictionary();
      assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      CMSSignedData cms = CmsSignatures.read(signature.getSignedContent(pdf), signature.getContents(pdf));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      assertThat(signer.getSignedAttributes().get(
          org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2))
          .as("PAdES signing-certificate-v2").isNotNull();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(signer.getSID());
      return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(CmsSignatures.BC)
          .build(certificates.iterator().next()));
    } catch (org.bouncycastle.cms.CMSException changed) {
      // the message digest no longer matches, or the changed content cannot be read as signed
      return false;
    } catch (org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertPdfA2bIdentification(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());
      PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
      assertThat(id.getPart()).isEqualTo(2);
      assertThat(id.getConformance()).isEqualTo("B");
      assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
      assertThat(document.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID)).isNotNull();
      assertThat(document.isEncrypted()).isFalse();
    }
  }

  private static int indexOf(byte[] data, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= data.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (data[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
