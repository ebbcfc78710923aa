package org.creditcommitment.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises an evidence file's type from its bytes: the signature at its start and the structure that makes it a
 * whole file of that type (a PDF's end-of-file marker, a PNG's chunks from IHDR to IEND, a JPEG's segments from SOI
 * to EOI), so a text file that begins with "%PDF" or an image cut short is not taken for one.
 */
final class ContentSniffer {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  /** A PDF's trailer ends with %%EOF, possibly followed by line ends or an incremental update's padding. */
  private static final int PDF_TRAILER_WINDOW = 1024;

  private ContentSniffer() {}

  static Optional<EvidenceType> sniff(byte[] content) {
    if (isPdf(content)) {
      return Optional.of(EvidenceType.PDF);
    }
    if (isPng(content)) {
      return Optional.of(EvidenceType.PNG);
    }
    if (isJpeg(content)) {
      return Optional.of(EvidenceType.JPEG);
    }
    return Optional.empty();
  }

  static boolean isPdf(byte[] b) {
    if (!startsWith(b, "%PDF-1.".getBytes(StandardCharsets.US_ASCII))
        && !startsWith(b, "%PDF-2.".getBytes(StandardCharsets.US_ASCII))) {
      return false;
    }
    int from = Math.max(0, b.length - PDF_TRAILER_WINDOW);
    String tail = new String(b, from, b.length - from, StandardCharsets.ISO_8859_1);
    String head = new String(b, 0, Math.min(b.length, 64 * 1024), StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF") && (tail.contains("startxref") || head.contains("startxref"))
        && head.contains(" obj");
  }

  /** The signature, IHDR first, every chunk's length within the file, IEND last. */
  static boolean isPng(byte[] b) {
    if (!startsWith(b, PNG_SIGNATURE)) {
      return false;
    }
    int at = PNG_SIGNATURE.length;
    boolean first = true;
    while (at + 12 <= b.length) {
      long length = readInt(b, at);
      String type = new String(b, at + 4, 4, StandardCharsets.US_ASCII);
      if (first && (!"IHDR".equals(type) || length != 13)) {
        return false;
      }
      first = false;
      long next = at + 12 + length;
      if (length < 0 || next > b.length) {
        return false;
      }
      if ("IEND".equals(type)) {
        return next == b.length;
      }
      at = (int) next;
    }
    return false;
  }

  /**
   * SOI, then marker segments whose lengths stay within the file up to the start of scan, and EOI at the end (a
   * camera may pad after it; a few bytes are allowed).
   */
  static boolean isJpeg(byte[] b) {
    if (b.length < 4 || (b[0] & 0xff) != 0xff || (b[1] & 0xff) != 0xd8 || (b[2] & 0xff) != 0xff) {
      return false;
    }
    int at = 2;
    while (true) {
      if (at + 4 > b.length || (b[at] & 0xff) != 0xff) {
        return false;
      }
      int marker = b[at + 1] & 0xff;
      if (marker == 0xff) { // fill byte
        at++;
        continue;
      }
      int length = ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
      if (length < 2 || at + 2 + length > b.length) {
        return false;
      }
      if (marker == 0xda) { // start of scan: entropy-coded data follows up to EOI
        return endsWithEoi(b);
      }
      at += 2 + length;
    }
  }

  private static boolean endsWithEoi(byte[] b) {
    for (int i = b.length - 2; i >= Math.max(0, b.length - 64); i--) {
      if ((b[i] & 0xff) == 0xff && (b[i + 1] & 0xff) == 0xd9) {
        return true;
      }
    }
    return false;
  }

  private static long readInt(byte[] b, int at) {
    return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
