package org.creditcommitment.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.creditcommitment.system.HashAlgorithm;

/**
 * Reads an issued document back as a reader's viewer would: the stored bytes hash to the stored digest (SM3), every page is
 * A4, every font on it is embedded; the text (whitespace removed, as PDF text extraction breaks lines anywhere) is
 * what the tests look for their fields in.
 */
public final class IssuedPdfs {

  private IssuedPdfs() {}

  public static String text(Documents documents, IssuedDocument document) {
    return text(documents.content(document), document.sha256());
  }

  public static String text(byte[] pdf, String sha256) {
    assertThat(HashAlgorithm.SM3.hex(pdf, null)).as("the stored bytes hash to the stored SM3 digest").isEqualTo(sha256);
    try (PDDocument pdfDocument = Loader.loadPDF(pdf)) {
      for (PDPage page : pdfDocument.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isBetween(PDRectangle.A4.getWidth() - 1, PDRectangle.A4.getWidth() + 1);
        assertThat(page.getMediaBox().getHeight()).isBetween(PDRectangle.A4.getHeight() - 1,
            PDRectangle.A4.getHeight() + 1);
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
        }
      }
      return new PDFTextStripper().getText(pdfDocument).replaceAll("\\s+", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
