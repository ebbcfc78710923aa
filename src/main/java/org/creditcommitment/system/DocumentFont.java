package org.creditcommitment.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.core.io.ClassPathResource;

/**
 * The font every document is printed in (Noto Sans SC, regular and bold, fetched by the build) and the characters it
 * can print. Text is checked against these characters where it is accepted ({@link FreeText}), so that a value taken
 * today prints in every document tomorrow: a character the font lacks would otherwise surface only when a deciding
 * step lays out its document. Adding a font here widens what is accepted and what is printed together.
 */
public final class DocumentFont {

  public static final String REGULAR = "fonts/400Regular/NotoSansSC_400Regular.ttf";
  public static final String BOLD = "fonts/700Bold/NotoSansSC_700Bold.ttf";

  private DocumentFont() {}

  /**
   * Whether every weight of the font has a glyph for this character. Line breaks, tabs and other white space print as
   * space and count as printable.
   */
  public static boolean prints(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
        || Coverage.CHARACTERS.get(codePoint);
  }

  /** The first character of a text the font cannot print, or -1 when it prints all of it. */
  public static int firstUnprintable(String text) {
    return text == null ? -1 : text.codePoints().filter(cp -> !prints(cp)).findFirst().orElse(-1);
  }

  /** The font file's bytes (one of {@link #REGULAR}, {@link #BOLD}). */
  public static byte[] bytes(String classpath) {
    try (InputStream in = new ClassPathResource(classpath).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Missing " + classpath + " (the build downloads the font; see pom.xml)", e);
    }
  }

  /** Read once, on first use: both weights' character maps, as one set of what both can print. */
  private static final class Coverage {

    static final BitSet CHARACTERS = characters();

    private static BitSet characters() {
      BitSet regular = mapped(REGULAR);
      regular.and(mapped(BOLD));
      return regular;
    }

    private static BitSet mapped(String classpath) {
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(classpath)))) {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        BitSet mapped = new BitSet(Character.MAX_CODE_POINT + 1);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
          if (cmap.getGlyphId(cp) != 0) {
            mapped.set(cp);
          }
        }
        return mapped;
      } catch (IOException e) {
        throw new UncheckedIOException("The document font cannot be read: " + classpath, e);
      }
    }
  }
}
