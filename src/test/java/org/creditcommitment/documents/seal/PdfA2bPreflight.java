package org.creditcommitment.documents.seal;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.preflight.Format;
import org.apache.pdfbox.preflight.PreflightDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.ValidationResult.ValidationError;
import org.apache.pdfbox.preflight.parser.PreflightParser;

/**
 * PDFBox preflight, the validator the tests use. It implements PDF/A-1b (ISO 19005-1) only, not PDF/A-2b: the issued
 * documents are checked against every PDF/A-1b rule — stricter than PDF/A-2b where the two differ for what the
 * documents use (no transparency, no object or cross-reference streams, no JPEG 2000, fonts embedded and consistent,
 * metadata in step with the document information, output intent, annotations printable) — and the one finding
 * tolerated is 7.11.2, "part must be 1", because the XMP identifies the file as part 2 (which the tests check by
 * reading it with xmpbox).
 */
final class PdfA2bPreflight {

  /** PDF/A identification: the part number, 2 here, where PDF/A-1 expects 1. */
  static final String PART_NUMBER = "7.11.2";

  private PdfA2bPreflight() {}

  /** The preflight findings other than the part number. */
  static List<String> findings(byte[] pdf) throws IOException {
    PreflightParser parser = new PreflightParser(new RandomAccessReadBuffer(pdf));
    try (PreflightDocument document = (PreflightDocument) parser.parse(Format.PDF_A1B)) {
      ValidationResult result = document.validate();
      return result.getErrorsList().stream()
          .filter(error -> !error.isWarning())
          .filter(error -> !PART_NUMBER.equals(error.getErrorCode()))
          .map(PdfA2bPreflight::describe)
          .toList();
    }
  }

  private static String describe(ValidationError error) {
    return error.getErrorCode() + " " + error.getDetails()
        + (error.getPageNumber() == null ? "" : " (page " + error.getPageNumber() + ")");
  }
}
