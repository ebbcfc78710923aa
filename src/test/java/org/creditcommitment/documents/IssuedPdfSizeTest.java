package org.creditcommitment.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an issued document weighs. Four fifths of a PDF are the glyph outlines of its embedded font subset, so every
 * document embeds one subset of one weight (bold is drawn with a stroke), compressed. The sizes printed here are the
 * figures in docs/benchmarks.md (the sample documents, {@link SampleDocuments}).
 */
class IssuedPdfSizeTest {

  /** The issued licence decision today is about 39 KB; it was 46 KB with a second, bold subset. */
  static final int DECISION_BUDGET_BYTES = 42 * 1024;
  /** The median of all document types today is about 38 KB. */
  static final int MEDIAN_BUDGET_BYTES = 40 * 1024;

  private static DocumentRenderer renderer;

  @BeforeAll
  static void renderer() {
    renderer = new DocumentRenderer((Path) null);
  }

  @ParameterizedTest
  @EnumSource(DocumentType.class)
  void everyDocumentEmbedsOneFontSubsetOnly(DocumentType type) throws IOException {
    try (PDDocument document = Loader.loadPDF(render(type))) {
      Set<String> fonts = new HashSet<>();
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
          fonts.add(font.getName());
        }
      }
      assertThat(fonts).as("embedded font subsets of %s", type).hasSize(1);
      assertThat(fonts.iterator().next()).matches("[A-Z]{6}\\+NotoSansSC-Regular");
    }
  }

  @Test
  void anIssuedDecisionStaysWithinItsSizeBudget() {
    for (DocumentType decision : List.of(DocumentType.LICENCE_DECISION, DocumentType.DENIAL_DECISION)) {
      assertThat(render(decision).length).as("bytes of %s", decision).isLessThanOrEqualTo(DECISION_BUDGET_BYTES);
    }
  }

  @Test
  void theMedianDocumentStaysWithinItsSizeBudget() {
    List<Integer> sizes = new ArrayList<>();
    for (DocumentType type : DocumentType.values()) {
      int size = render(type).length;
      System.out.printf("%-22s %6d bytes%n", type, size);
      sizes.add(size);
    }
    sizes.sort(null);
    int median = sizes.get(sizes.size() / 2);
    System.out.printf("median %d bytes of %d document types%n", median, sizes.size());
    assertThat(median).isLessThanOrEqualTo(MEDIAN_BUDGET_BYTES);
  }

  private static byte[] render(DocumentType type) {
    DocumentRenderer.Model model = SampleDocuments.model(type);
    return renderer.render(type, model, SampleDocuments.values(type));
  }
}
