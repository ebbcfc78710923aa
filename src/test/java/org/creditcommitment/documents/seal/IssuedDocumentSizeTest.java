package org.creditcommitment.documents.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.SamplePdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an issued (sealed PDF/A-2b) document weighs, on the sample documents with the demo SM2 seal. The figures
 * printed (and written to target/documents/sizes.txt: each type laid out and sealed, and what its streams weigh) are
 * the table in docs/documents.md#size-of-an-issued-document. About three fifths of a file are the glyph outlines of
 * its one font subset; the bounds below leave a few per cent for wording changes and fail when something is added to
 * every file again (a second subset, an uncompressed table, a larger reserve).
 */
class IssuedDocumentSizeTest {

  /**
   * The licence decision issues at 49.0 KB (69.1 KB before the signature reserve, the compression, the seal's
   * drawing and the colour profile were cut; 48.9 KB when deflated at level 9), the denial decision at 41.2 KB.
   */
  static final int DECISION_BOUND_BYTES = 51 * 1024;
  /** The acceptance notice issues at 48.0 KB (68.1 KB before). */
  static final int NOTICE_BOUND_BYTES = 51 * 1024;
  /** The median of the 19 document types is the licence decision's 49.0 KB (69.1 KB before). */
  static final int MEDIAN_BOUND_BYTES = 51 * 1024;

  private static final Map<DocumentType, byte[]> SEALED = new TreeMap<>();
  private static final Map<DocumentType, Integer> LAID_OUT = new TreeMap<>();

  @BeforeAll
  static void sealEveryType() {
    SealProvider sm2 = new LocalKeyStoreSealProvider(SealTestKeys.properties(null, SealAlgorithm.SM2, true),
        SealAlgorithm.SM2, Clock.systemUTC());
    DocumentSealer sealer = SealTestKeys.sealer(sm2);
    for (DocumentType type : DocumentType.values()) {
      byte[] laidOut = SamplePdfs.laidOut(type);
      LAID_OUT.put(type, laidOut.length);
      SEALED.put(type, sealer.seal(laidOut, "scjg", SamplePdfs.issuer(type), type.title()));
    }
  }

  @Test
  void anIssuedDecisionAndNoticeStayWithinTheirBounds() {
    assertThat(SEALED.get(DocumentType.LICENCE_DECISION).length).isLessThanOrEqualTo(DECISION_BOUND_BYTES);
    assertThat(SEALED.get(DocumentType.DENIAL_DECISION).length).isLessThanOrEqualTo(DECISION_BOUND_BYTES);
    assertThat(SEALED.get(DocumentType.ACCEPTANCE_NOTICE).length).isLessThanOrEqualTo(NOTICE_BOUND_BYTES);
  }

  @Test
  void theMedianIssuedDocumentStaysWithinItsBound() throws IOException {
    List<Integer> sizes = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    for (Map.Entry<DocumentType, byte[]> sealed : SEALED.entrySet()) {
      sizes.add(sealed.getValue().length);
      report.append(String.format("%-26s laid out %6d  issued %6d  %s%n", sealed.getKey(),
          LAID_OUT.get(sealed.getKey()), sealed.getValue().length, streams(sealed.getValue())));
    }
    sizes.sort(null);
    int median = sizes.get(sizes.size() / 2);
    report.append(String.format("median issued %d bytes of %d document types%n", median, sizes.size()));
    System.out.print(report);
    Files.createDirectories(Path.of("target", "documents"));
    Files.writeString(Path.of("target", "documents", "sizes.txt"), report);
    assertThat(median).isLessThanOrEqualTo(MEDIAN_BOUND_BYTES);
  }

  @Test
  void everyIssuedDocumentEmbedsOneFontFileAndOneColourProfileOnly() throws IOException {
    for (Map.Entry<DocumentType, byte[]> sealed : SEALED.entrySet()) {
      Map<String, Long> streams = streams(sealed.getValue());
      assertThat(streams.get("#font")).as("font files in %s", sealed.getKey()).isEqualTo(1);
      assertThat(streams.get("#icc")).as("colour profiles in %s", sealed.getKey()).isEqualTo(1);
      assertThat(streams.get("icc")).as("colour profile bytes in %s", sealed.getKey()).isLessThan(1024);
    }
  }

  /** Encoded bytes of the file's streams by kind, and (#kind) how many there are. */
  static Map<String, Long> streams(byte[] pdf) throws IOException {
    Map<String, Long> kinds = new TreeMap<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (COSObject object : document.getDocument().getXrefTable().keySet().stream()
          .map(key -> document.getDocument().getObjectFromPool(key)).toList()) {
        if (object.getObject() instanceof COSStream stream) {
          String kind = kind(stream);
          kinds.merge(kind, stream.getLength(), Long::sum);
          kinds.merge("#" + kind, 1L, Long::sum);
        }
      }
      COSBase contents = document.getLastSignatureDictionary().getCOSObject().getDictionaryObject(COSName.CONTENTS);
      kinds.put("signature reserve", (long) ((org.apache.pdfbox.cos.COSString) contents).getBytes().length);
    }
    return kinds;
  }

  private static String kind(COSStream stream) throws IOException {
    if (stream.containsKey(COSName.LENGTH1)) {
      return "font";
    }
    if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
      return "image";
    }
    if (COSName.METADATA.equals(stream.getCOSName(COSName.TYPE))) {
      return "xmp";
    }
    if (COSName.OBJ_STM.equals(stream.getCOSName(COSName.TYPE)) || COSName.XREF.equals(stream.getCOSName(COSName.TYPE))) {
      return "object and xref streams";
    }
    if (stream.containsKey(COSName.N)) {
      return "icc";
    }
    if (COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE))) {
      return "content";
    }
    try (var in = stream.createInputStream()) {
      String head = new String(in.readNBytes(64), java.nio.charset.StandardCharsets.ISO_8859_1);
      if (head.contains("CIDInit")) {
        return "tounicode";
      }
      return head.chars().anyMatch(Character::isLetter) ? "content" : "cid maps";
    }
  }
}
