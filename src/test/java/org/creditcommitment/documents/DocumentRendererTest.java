package org.creditcommitment.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentRendererTest {

  private static DocumentRenderer renderer;

  @BeforeAll
  static void renderer() {
    renderer = new DocumentRenderer((Path) null);
  }

  @ParameterizedTest
  @EnumSource(DocumentType.class)
  void everyDocumentPrintsItsChineseTextOnA4WithTheFontEmbedded(DocumentType type) throws IOException {
    long started = System.nanoTime();
    byte[] pdf = renderer.render(type, SampleDocuments.model(type), SampleDocuments.values(type));
    System.out.printf("%s rendered in %d ms, %d bytes%n", type, (System.nanoTime() - started) / 1_000_000, pdf.length);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertThat(text).contains(type.title().replace(" ", ""), "7KQ2-M9XD-4HTP-WC3R", SampleDocuments.subjectName(type));
      assertThat(text).contains(SampleDocuments.number(type));
      PDPage first = document.getPage(0);
      assertThat(first.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
          assertThat(font.getName()).contains("NotoSansSC");
        }
      }
      writePicture(type, document);
    }
  }

  @Test
  void aCharacterTheFontLacksIsRefusedRatherThanPrintedAsABlank() {
    Map<String, Object> values = new HashMap<>(SampleDocuments.values(DocumentType.NON_ACCEPTANCE_NOTICE));
    values.put("reason", "申请人姓名含有字符\uD840\uDC00。");
    assertThatThrownBy(() -> renderer.render(DocumentType.NON_ACCEPTANCE_NOTICE,
        SampleDocuments.model(DocumentType.NON_ACCEPTANCE_NOTICE), values))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\uD840\uDC00");
  }

  @Test
  void anOperatorsTemplateReplacesTheBuiltInOneWithoutARebuild(@TempDir Path dir) throws IOException {
    DocumentRenderer withOverride = new DocumentRenderer(dir);
    Files.writeString(dir.resolve("non-acceptance-notice.html"), """
        <!DOCTYPE html>
        <html xmlns:th="http://www.thymeleaf.org"><head><link rel="stylesheet" href="documents.css"/></head>
        <body><h1 th:text="${doc.title}">t</h1><p>本机关修订的文书样式</p><p th:text="${v.reason}">r</p>
        <img src="file:///etc/passwd"/><img src="http://example.com/x.png"/></body></html>
        """, StandardCharsets.UTF_8);
    byte[] pdf = withOverride.render(DocumentType.NON_ACCEPTANCE_NOTICE,
        SampleDocuments.model(DocumentType.NON_ACCEPTANCE_NOTICE),
        SampleDocuments.values(DocumentType.NON_ACCEPTANCE_NOTICE));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("本机关修订的文书样式", "申请事项不属于本机关职权范围");
    }
  }

  /**
   * target/documents/&lt;type&gt;.png (its name in lower case with hyphens, the template's where a type has a template of
   * its own): the first page at 100 dpi, as shown in docs/documents.
   */
  private static void writePicture(DocumentType type, PDDocument document) throws IOException {
    Path dir = Path.of("target", "documents");
    Files.createDirectories(dir);
    BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
    ImageIO.write(page, "png", dir.resolve(type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".png").toFile());
  }
}
