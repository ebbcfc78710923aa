package org.creditcommitment.documents.pdfa;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a laid-out document a PDF/A-2b file (ISO 19005-2, level B: its look is preserved): XMP metadata that
 * identifies it as PDF/A-2b and repeats the document information (title, issuing organ, producer, dates) as the
 * standard requires, an sRGB output intent so its device colours have a defined meaning, a file identifier, PDF 1.7.
 * What the layout already does is what the rest of the standard asks for: every font embedded (one subset), no
 * transparency, no encryption, no external content. The ICC profile is the JDK's own sRGB profile, its tone curves
 * shared and shortened ({@link CompactSrgb}).
 */
public final class PdfA2b {

  public static final String PRODUCER = "Credit Commitment";
  static final String SRGB = "sRGB IEC61966-2.1";
  /**
   * A serializer per layout thread: making one looks up and configures an XML parser factory, which cost more than
   * writing the metadata of a document; one is not for two threads at once.
   */
  private static final ThreadLocal<XmpSerializer> SERIALIZER = ThreadLocal.withInitial(XmpSerializer::new);

  private PdfA2b() {}

  /**
   * Adds what PDF/A-2b asks for beyond the layout to this document (before it is saved and sealed).
   *
   * @param issuer the issuing organ, the document's author
   * @param created when it was issued, its creation and modification date
   */
  public static void apply(PDDocument document, String title, String issuer, Calendar created, byte[] laidOut)
      throws IOException {
    document.setVersion(1.7f);
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setAuthor(issuer);
    info.setCreator(PRODUCER);
    info.setProducer(PRODUCER);
    info.setCreationDate(created);
    info.setModificationDate(created);
    document.setDocumentInformation(info);
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(xmp(title, issuer, created));
    catalog.setMetadata(metadata);
    catalog.getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
    catalog.addOutputIntent(srgb(document));
    identify(document, laidOut);
    for (PDPage page : document.getPages()) {
      noInterpolation(page.getResources());
    }
  }

  /**
   * PDF/A forbids asking viewers to smooth images (ISO 19005-2, 6.2.8: Interpolate shall be false), which the layout
   * asks for the QR code; scanners read it as sharp squares either way.
   */
  private static void noInterpolation(PDResources resources) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject image) {
        image.getCOSObject().removeItem(COSName.INTERPOLATE);
      } else if (object instanceof PDFormXObject form) {
        noInterpolation(form.getResources());
      }
    }
  }

  private static byte[] xmp(String title, String issuer, Calendar created) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
    try {
      id.setPart(2);
      id.setConformance("B");
    } catch (BadFieldValueException e) {
      throw new IllegalStateException(e);
    }
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.addCreator(issuer);
    dc.setFormat("application/pdf");
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(PRODUCER);
    basic.setCreateDate(created);
    basic.setModifyDate(created);
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(PRODUCER);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      SERIALIZER.get().serialize(xmp, out, true);
    } catch (TransformerException e) {
      throw new IOException("The document's XMP metadata cannot be written", e);
    }
    return out.toByteArray();
  }

  private static PDOutputIntent srgb(PDDocument document) throws IOException {
    byte[] profile = CompactSrgb.profile();
    PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org");
    return intent;
  }

  /**
   * The file identifier: 16 bytes of the laid-out bytes' SHA-256 (an identifier, not a protection: the digest the
   * verification page checks is SM3 over the sealed file).
   */
  private static void identify(PDDocument document, byte[] laidOut) {
    byte[] id;
    try {
      id = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(laidOut), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }
}
