package org.creditcommitment.documents.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.Format;
import org.apache.pdfbox.preflight.PreflightDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.ValidationResult.ValidationError;
import org.apache.pdfbox.preflight.parser.PreflightParser;

/**
 * PDFBox preflight, the validator the tests use. It implements PDF/A-1b (ISO 19005-1) only, not PDF/A-2b: the issued
 * documents are checked against every PDF/A-1b rule — stricter than PDF/A-2b where the two differ for what the
 * documents use (no transparency, no JPEG 2000, fonts embedded and consistent, metadata in step with the document
 * information, output intent, annotations printable). Two findings are tolerated, both rules of PDF/A-1 that PDF/A-2
 * dropped: 7.11.2, "part must be 1", because the XMP identifies the file as part 2 (which the tests check by reading
 * it with xmpbox), and 1.4 "cross reference streams are not allowed": PDF/A-1 is PDF 1.4, PDF/A-2 is PDF 1.7, whose
 * object and cross-reference streams the issued files use to compress their dictionaries. So that nothing else hides
 * behind the compression, the same objects are also preflighted as a classic, uncompressed file.
 */
final class PdfA2bPreflight {

  /** PDF/A identification: the part number, 2 here, where PDF/A-1 expects 1. */
  static final String PART_NUMBER = "7.11.2";
  /** Trailer syntax: PDF/A-1 allows only a classic cross-reference table. */
  static final String TRAILER_SYNTAX = "1.4";

  private PdfA2bPreflight() {}

  /** The preflight findings other than the part number and the cross-reference stream. */
  static List<String> findings(byte[] pdf) throws IOException {
    List<String> findings = new ArrayList<>(preflight(pdf));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      ByteArrayOutputStream classic = new ByteArrayOutputStream(pdf.length * 2);
      document.save(classic, CompressParameters.NO_COMPRESSION);
      preflight(classic.toByteArray()).forEach(finding -> findings.add("uncompressed: " + finding));
    }
    return findings;
  }

  private static List<String> preflight(byte[] pdf) throws IOException {
    PreflightParser parser = new PreflightParser(new RandomAccessReadBuffer(pdf));
    try (PreflightDocument document = (PreflightDocument) parser.parse(Format.PDF_A1B)) {
      ValidationResult result = document.validate();
      return result.getErrorsList().stream()
          .filter(error -> !error.isWarning())
          .filter(error -> !PART_NUMBER.equals(error.getErrorCode()))
          .filter(error -> !(TRAILER_SYNTAX.equals(error.getErrorCode())
              && error.getDetails().contains("cross reference streams are not allowed")))
          .map(PdfA2bPreflight::describe)
          .toList();
    }
  }

  private static String describe(ValidationError error) {
    return error.getErrorCode() + " " + error.getDetails()
        + (error.getPageNumber() == null ? "" : " (page " + error.getPageNumber() + ")");
  }
}
