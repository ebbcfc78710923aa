package org.creditcommitment.documents.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.creditcommitment.documents.pdfa.PdfA2b;
import org.creditcommitment.system.ClockConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Turns a laid-out document into the file that is issued: PDF/A-2b ({@link PdfA2b}), the visible seal in the place of
 * the template's （印章） ({@link SealStamp}), and the issuing organ's electronic seal as a PDF signature (PAdES,
 * {@code ETSI.CAdES.detached}) over the whole file, from the {@link SealProvider}. It runs once, when the document is
 * laid out; the digest stored and shown on the verification page is of these sealed bytes, which never change after.
 * A seal that fails throws, and the layout is retried (with an incident) like any other failed layout.
 */
@Component
@EnableConfigurationProperties(SealProperties.class)
public class DocumentSealer {

  static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

  private final SealProvider provider;
  private final SealProperties properties;
  private final Clock clock;

  DocumentSealer(SealProvider provider, SealProperties properties, Clock clock) {
    this.provider = provider;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The sealed, archivable file of a laid-out document.
   *
   * @param department the issuing department's code (whose seal is applied)
   * @param issuer the issuing organ's name, drawn on the visible seal
   */
  public byte[] seal(byte[] laidOut, String department, String issuer, String title) {
    Calendar now = GregorianCalendar.from(clock.instant().atZone(ClockConfig.ZONE).withNano(0));
    now.setTimeZone(TimeZone.getTimeZone(ClockConfig.ZONE));
    try {
      return sign(archivable(laidOut, issuer, title, now), department, now);
    } catch (IOException e) {
      throw new UncheckedIOException("The document could not be sealed: " + e.getMessage(), e);
    }
  }

  private static byte[] archivable(byte[] laidOut, String issuer, String title, Calendar now) throws IOException {
    try (PDDocument document = Loader.loadPDF(laidOut)) {
      PdfA2b.apply(document, title, issuer, now, laidOut);
      SealStamp.Place place = SealStamp.find(document);
      if (place != null) {
        SealStamp.draw(document, place, issuer);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(laidOut.length + 32 * 1024);
      // object streams and a cross-reference stream (PDF 1.5, allowed by PDF/A-2): the dictionaries deflated together
      document.save(out, CompressParameters.DEFAULT_COMPRESSION);
      return out.toByteArray();
    }
  }

  private byte[] sign(byte[] archivable, String department, Calendar now) throws IOException {
    SealIdentity identity = provider.identity(department);
    try (PDDocument document = Loader.loadPDF(archivable);
        SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(CADES_DETACHED);
      signature.setName(SealCertificates.commonName(identity.certificate()));
      signature.setReason("电子印章");
      signature.setSignDate(now);
      int reserve = SignatureReserve.of(identity, properties.signatureSize());
      options.setPreferredSignatureSize(reserve);
      document.addSignature(signature, options);
      printable(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream(archivable.length + 2 * reserve + 4096);
      ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
      byte[] cms = provider.sign(department, external.getContent().readAllBytes());
      if (cms.length > reserve) {
        throw new IllegalStateException("The seal's signature of department " + department + " has " + cms.length
            + " bytes, more than the " + reserve + " reserved for it: set cc.seal.signature-size to at least "
            + cms.length + " (" + (properties.signatureSize() > 0 ? "configured" : "computed from the certificate chain")
            + " now)");
      }
      external.setSignature(cms);
      return out.toByteArray();
    }
  }

  /** PDF/A asks every annotation, the signature's (invisible) widget too, to be marked printable. */
  private static void printable(PDDocument document) {
    for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
      if (field instanceof PDSignatureField signatureField) {
        for (PDAnnotationWidget widget : signatureField.getWidgets()) {
          if (!widget.isPrinted()) {
            widget.setPrinted(true);
            widget.getCOSObject().setNeedToBeUpdated(true);
          }
        }
      }
    }
  }
}
