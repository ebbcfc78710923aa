package org.creditcommitment.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.creditcommitment.system.DocumentFont;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders a document: its Thymeleaf template (an operator's file in {@code cc.documents.template-dir} before the
 * built-in {@code classpath:documents/}, read anew at every render) as HTML, laid out as an A4 PDF. The one font is
 * Noto Sans SC Regular, embedded as a subset of the characters printed, so a document looks the same in every viewer
 * and on a machine without Chinese fonts. Bold text (titles, headings) is the same font drawn with a stroke: a second,
 * bold subset would add 6–10 KB of outlines to every document for a few dozen title characters, and the glyph outlines
 * are four fifths of a document's bytes. Streams are deflated at level 6 (see below). A value with a character the
 * font lacks is refused rather than printed as a blank box. Templates load nothing but their own folder's files
 * ({@code doc:} addresses) and data URIs.
 */
@Component
class DocumentRenderer {

  static final String FONT_FAMILY = "NotoSansSC";
  static final long BUILT_IN_TEMPLATE_TTL_MS = 10_000;
  static final int FONT_SETS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  private static final String SCHEME = "doc";
  private static final String DEFLATE_LEVEL = "org.apache.pdfbox.filter.deflatelevel";

  private final Path overrideDir;
  private final TemplateEngine templates;
  private final byte[] regular;
  /**
   * Parsed fonts for reuse, one per document being laid out (a parsed font reads its glyphs as it goes and is not for
   * two documents at once); the bytes they read are shared. At most {@link #FONT_SETS} documents are laid out at
   * once: more would not be faster on the cores there are, and each costs memory.
   */
  private final BlockingQueue<TrueTypeFont> idleFonts = new LinkedBlockingQueue<>();
  private final Semaphore layouts = new Semaphore(FONT_SETS);

  @Autowired
  DocumentRenderer(DocumentsProperties properties) {
    this(properties.templateDir());
  }

  DocumentRenderer(Path overrideDir) {
    this.overrideDir = overrideDir;
    this.templates = templateEngine(overrideDir);
    this.regular = DocumentFont.bytes(DocumentFont.REGULAR);
  }

  static {
    // level 6, zlib's default: level 9 took 15 % more CPU a document for 64-139 bytes less (0.2 %), mostly in PDFBox's
    // CID-to-glyph map of the font subset, 60 KB of nearly all zeros, on which level 9 searches its longest chains
    // (3.2 ms a document against 0.4); docs/documents.md#layout-cost. An installation may set the property itself.
    if (System.getProperty(DEFLATE_LEVEL) == null) {
      System.setProperty(DEFLATE_LEVEL, "6");
    }
    // openhtmltopdf writes four INFO lines to the console for every document (stylesheet loaded, font loaded, fast
    // mode): on the layout threads, for nothing anyone reads; its warnings and errors still show
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  private TrueTypeFont parseFont() {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(regular));
    } catch (IOException e) {
      throw new UncheckedIOException("The document font cannot be read", e);
    }
  }

  /** What a template sees as {@code doc}. */
  record Model(String title, String number, String issuerName, String issuedDate, String verificationCode,
      String verifyUrl, String qrDataUri, String subjectName, String subjectCodeMasked, String caseNo,
      String itemName) {

    Model withQrCode(String dataUri) {
      return new Model(title, number, issuerName, issuedDate, verificationCode, verifyUrl, dataUri, subjectName,
          subjectCodeMasked, caseNo, itemName);
    }

    Model withNumber(String documentNumber) {
      return new Model(title, documentNumber, issuerName, issuedDate, verificationCode, verifyUrl, qrDataUri,
          subjectName, subjectCodeMasked, caseNo, itemName);
    }
  }

  byte[] render(DocumentType type, Model doc, Map<String, ?> values) {
    Set<String> missing = new TreeSet<>();
    for (Object value : new Object[] {doc.subjectName(), doc.issuerName(), doc.itemName(), doc.number()}) {
      collectMissing(value, missing);
    }
    collectMissing(values, missing);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("The document font has no glyph for: " + String.join(" ", missing));
    }
    Context context = new Context();
    context.setVariable("doc", doc);
    context.setVariable("v", values);
    if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(type.template() + ".html"))) {
      // an operator's file replaces a built-in template cached a moment ago at once, not when the cache expires
      templates.clearTemplateCacheFor(type.template());
    }
    String html = templates.process(type.template(), context);
    return pdf(html);
  }

  /** The characters of a value (a string, or strings in lists and maps) the font cannot print. */
  void collectMissing(Object value, Set<String> missing) {
    if (value instanceof String text) {
      text.codePoints()
          .filter(cp -> !DocumentFont.prints(cp))
          .forEach(cp -> missing.add(new String(Character.toChars(cp))));
    } else if (value instanceof Collection<?> items) {
      items.forEach(item -> collectMissing(item, missing));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(item -> collectMissing(item, missing));
    }
  }

  private byte[] pdf(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("Credit Commitment");
    builder.useUriResolver((base, uri) -> resolve(uri));
    builder.useProtocolsStreamImplementation(this::stream, SCHEME);
    builder.withHtmlContent(html, SCHEME + ":/");
    builder.toStream(out);
    layouts.acquireUninterruptibly();
    // the parsed fonts are reused: parsing 10 MB of font for each document would cost more than laying it out
    TrueTypeFont font = idleFonts.poll();
    try (PDDocument document = new PDDocument()) {
      if (font == null) {
        font = parseFont();
      }
      builder.usePDDocument(document);
      // the only face of the family: bold asked for is drawn from it with a stroke (openhtmltopdf's simulated bold)
      builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), FONT_FAMILY, 400,
          FontStyle.NORMAL, true);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The document cannot be laid out", e);
    } finally {
      if (font != null) {
        idleFonts.offer(font);
      }
      layouts.release();
    }
    return out.toByteArray();
  }

  /** Only the template folder's own files and embedded data; anything else is not loaded. */
  private static String resolve(String uri) {
    if (uri == null) {
      return null;
    }
    if (uri.startsWith("data:") || uri.startsWith(SCHEME + ":/")) {
      return uri;
    }
    if (uri.contains(":") || uri.contains("..") || uri.startsWith("/")) {
      return null;
    }
    return SCHEME + ":/" + uri;
  }

  private FSStream stream(String uri) {
    String name = uri.substring((SCHEME + ":/").length());
    byte[] content = resource(name);
    return new FSStream() {
      @Override
      public InputStream getStream() {
        return content == null ? null : new ByteArrayInputStream(content);
      }

      @Override
      public Reader getReader() {
        return content == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
      }
    };
  }

  /** A file of the template folder: the operator's first, else the built-in one; null when neither exists. */
  private byte[] resource(String name) {
    if (!name.matches("[A-Za-z0-9._-]+")) {
      return null;
    }
    try {
      if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(name))) {
        return Files.readAllBytes(overrideDir.resolve(name));
      }
      ClassPathResource builtIn = new ClassPathResource("documents/" + name);
      if (!builtIn.exists()) {
        return null;
      }
      try (InputStream in = builtIn.getInputStream()) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TemplateEngine templateEngine(Path overrideDir) {
    SpringTemplateEngine engine = new SpringTemplateEngine();
    int order = 1;
    if (overrideDir != null) {
      FileTemplateResolver operator = new FileTemplateResolver();
      operator.setPrefix(overrideDir.toAbsolutePath() + "/");
      operator.setSuffix(".html");
      operator.setTemplateMode(TemplateMode.HTML);
      operator.setCharacterEncoding("UTF-8");
      operator.setCheckExistence(true);
      operator.setCacheable(false);
      operator.setOrder(order++);
      engine.addTemplateResolver(operator);
    }
    ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver();
    builtIn.setPrefix("documents/");
    builtIn.setSuffix(".html");
    builtIn.setTemplateMode(TemplateMode.HTML);
    builtIn.setCharacterEncoding("UTF-8");
    builtIn.setCheckExistence(true);
    // kept for a few seconds only: a cached built-in template would hide an operator's file added after it
    builtIn.setCacheable(true);
    builtIn.setCacheTTLMs(BUILT_IN_TEMPLATE_TTL_MS);
    builtIn.setOrder(order);
    engine.addTemplateResolver(builtIn);
    return engine;
  }
}
