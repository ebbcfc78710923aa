package org.creditcommitment.documents.seal;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.text.TextPosition;
import org.creditcommitment.system.DocumentFont;

/**
 * The visible seal: a red round seal with the issuing organ's name along its upper rim and a five-pointed star in the
 * middle, drawn where the template prints the placeholder {@value #PLACEHOLDER} (which it covers). The characters are
 * drawn as their outlines (vector paths of the document font's bold face), not as text: no second font is embedded,
 * and the seal cannot be copied out as text. A template without the placeholder gets the signature without a picture.
 */
final class SealStamp {

  static final String PLACEHOLDER = "（印章）";
  /** 42 mm, the diameter of a round official seal. */
  static final float DIAMETER = 42f / 25.4f * 72f;
  private static final Color RED = new Color(214, 0, 15);
  private static final float RIM = 2.6f;
  /**
   * The organ's name is drawn on a grid of 4 font units (of 1,000 an em): at the seal's 15 pt characters a step is
   * 0.02 mm, below what a printer or a screen shows, and whole numbers compress to a fraction of the bytes.
   */
  private static final int GRID = 4;

  private static TrueTypeFont font;

  private SealStamp() {}

  /** Where the placeholder is printed: its page and box (PDF coordinates); null when the template has none. */
  record Place(PDPage page, Rectangle2D box) {}

  static Place find(PDDocument document) throws IOException {
    Finder finder = new Finder();
    for (int n = document.getNumberOfPages(); n >= 1 && finder.found == null; n--) {
      finder.setStartPage(n);
      finder.setEndPage(n);
      finder.page = document.getPage(n - 1);
      finder.getText(document);
    }
    return finder.found;
  }

  /** Covers the placeholder and draws the seal centred on it, with the organ's name. */
  static void draw(PDDocument document, Place place, String organ) throws IOException {
    try (PDPageContentStream out = new PDPageContentStream(document, place.page(), AppendMode.APPEND, true, true)) {
      Rectangle2D box = place.box();
      out.setNonStrokingColor(Color.WHITE);
      out.addRect((float) box.getX() - 1, (float) box.getY() - 1, (float) box.getWidth() + 2,
          (float) box.getHeight() + 2);
      out.fill();
      float cx = (float) box.getCenterX();
      float cy = (float) box.getCenterY();
      float r = DIAMETER / 2;
      out.setStrokingColor(RED);
      out.setNonStrokingColor(RED);
      out.setLineWidth(RIM);
      circle(out, cx, cy, r - RIM / 2);
      out.stroke();
      star(out, cx, cy, r * 0.3f);
      out.fill();
      name(out, cx, cy, r, organ);
    }
  }

  private static void circle(PDPageContentStream out, float cx, float cy, float r) throws IOException {
    float k = 0.5523f * r;
    out.moveTo(cx + r, cy);
    out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    out.closePath();
  }

  private static void star(PDPageContentStream out, float cx, float cy, float r) throws IOException {
    for (int i = 0; i < 10; i++) {
      double angle = Math.PI / 2 + i * Math.PI / 5;
      double radius = i % 2 == 0 ? r : r * 0.382;
      float x = cx + (float) (radius * Math.cos(angle));
      float y = cy + (float) (radius * Math.sin(angle));
      if (i == 0) {
        out.moveTo(x, y);
      } else {
        out.lineTo(x, y);
      }
    }
    out.closePath();
  }

  /** The organ's name along the upper rim, each character upright towards the rim, read clockwise. */
  private static void name(PDPageContentStream out, float cx, float cy, float r, String organ) throws IOException {
    int[] characters = organ.codePoints().filter(cp -> !Character.isWhitespace(cp)).toArray();
    if (characters.length == 0) {
      return;
    }
    // as large as fits: each character takes its width along the rim, at most 250 degrees of it in all
    float size = r * 0.25f;
    float baseline = r - RIM - 6 - size;
    double step = size * 1.08 / (baseline + size / 2);
    if (step * characters.length > Math.toRadians(250)) {
      step = Math.toRadians(250) / characters.length;
      size = (float) (step * (baseline + size / 2) / 1.08);
    }
    double first = Math.PI / 2 + step * (characters.length - 1) / 2;
    TrueTypeFont face = font();
    synchronized (face) {
      float scale = size / face.getUnitsPerEm();
      for (int i = 0; i < characters.length; i++) {
        int gid = face.getUnicodeCmapLookup().getGlyphId(characters[i]);
        GlyphData glyph = face.getGlyph().getGlyph(gid);
        if (glyph == null) {
          continue;
        }
        double angle = first - i * step;
        AffineTransform at = new AffineTransform();
        at.translate(cx + baseline * Math.cos(angle), cy + baseline * Math.sin(angle));
        at.rotate(angle - Math.PI / 2);
        at.scale(scale * GRID, scale * GRID);
        at.translate(-face.getAdvanceWidth(gid) / 2.0 / GRID, 0);
        // the outline in whole units of a grid of GRID font units, under the glyph's own transformation: page
        // coordinates would be five-decimal numbers at every point, three times the bytes for the same shape
        out.saveGraphicsState();
        out.transform(new Matrix(at));
        path(out, glyph.getPath());
        out.fill();
        out.restoreGraphicsState();
      }
    }
  }

  private static void path(PDPageContentStream out, GeneralPath path) throws IOException {
    float[] c = new float[6];
    float lastX = 0;
    float lastY = 0;
    AffineTransform toGrid = AffineTransform.getScaleInstance(1.0 / GRID, 1.0 / GRID);
    for (PathIterator it = path.getPathIterator(toGrid); !it.isDone(); it.next()) {
      int segment = it.currentSegment(c);
      for (int i = 0; i < c.length; i++) {
        c[i] = Math.round(c[i]);
      }
      switch (segment) {
        case PathIterator.SEG_MOVETO -> out.moveTo(lastX = c[0], lastY = c[1]);
        case PathIterator.SEG_LINETO -> out.lineTo(lastX = c[0], lastY = c[1]);
        case PathIterator.SEG_QUADTO -> {
          // a quadratic curve (TrueType) as the cubic PDF draws, its control points rounded to the grid
          out.curveTo(Math.round(lastX + 2f / 3 * (c[0] - lastX)), Math.round(lastY + 2f / 3 * (c[1] - lastY)),
              Math.round(c[2] + 2f / 3 * (c[0] - c[2])), Math.round(c[3] + 2f / 3 * (c[1] - c[3])), c[2], c[3]);
          lastX = c[2];
          lastY = c[3];
        }
        case PathIterator.SEG_CUBICTO -> {
          out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
          lastX = c[4];
          lastY = c[5];
        }
        case PathIterator.SEG_CLOSE -> out.closePath();
        default -> throw new IllegalStateException("Unknown path segment");
      }
    }
  }

  private static synchronized TrueTypeFont font() {
    if (font == null) {
      try {
        font = new TTFParser().parse(new RandomAccessReadBuffer(DocumentFont.bytes(DocumentFont.BOLD)));
      } catch (IOException e) {
        throw new UncheckedIOException("The seal's font cannot be read", e);
      }
    }
    return font;
  }

  /** Collects the box of the placeholder's characters on the page being read. */
  private static final class Finder extends PDFTextStripper {

    PDPage page;
    Place found;

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      int at = text.lastIndexOf(PLACEHOLDER);
      if (at < 0 || positions.size() != text.length()) {
        return;
      }
      float height = page.getMediaBox().getHeight();
      Rectangle2D box = null;
      for (TextPosition p : positions.subList(at, at + PLACEHOLDER.length())) {
        float size = p.getFontSizeInPt();
        Rectangle2D glyph = new Rectangle2D.Float(p.getXDirAdj(), height - p.getYDirAdj() - size * 0.2f,
            p.getWidthDirAdj(), size * 1.1f);
        box = box == null ? glyph : box.createUnion(glyph);
      }
      found = new Place(page, box);
    }
  }
}
