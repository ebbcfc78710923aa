package org.creditcommitment.system;

import java.util.Optional;

/**
 * What no name or free text may hold, wherever it is accepted (API bodies, task forms): control characters
 * (NUL and the like; tab, line feed and carriage return are allowed in free text), Unicode bidirectional
 * overrides and isolates (they make a printed name read differently from what is stored, e.g. beside a real
 * credit code) and lone surrogates (not text at all). A name (of a company, a person, an item, a material)
 * also never holds {@code <} or {@code >}: no real one does, so markup in a name is refused, while free text
 * may hold them (it is stored as written and shown escaped). Nor any character the documents' font cannot print
 * ({@link DocumentFont}: emoji, private use, most rare CJK extensions): a text accepted today is printed in a notice
 * or decision tomorrow, and a step must never find out then that it cannot print it.
 */
public final class FreeText {

  /** What a field holds, which decides the rules it must meet. */
  public enum Kind {
    /** A name: one line, no {@code <} or {@code >}. */
    NAME,
    /** A single line of text (a reference, a document number, a domain). */
    LINE,
    /** Free text: may span lines and hold tabs. */
    TEXT
  }

  private FreeText() {}

  /** The flaw of a value of this kind in Chinese and English, or empty when the value is acceptable. */
  public static Optional<String[]> flaw(String value, Kind kind) {
    Optional<String[]> flaw = flaw(value, kind == Kind.TEXT);
    if (flaw.isPresent() || kind != Kind.NAME || value == null) {
      return flaw;
    }
    if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
      return Optional.of(new String[] {"含有尖括号 < 或 >，名称中不得含有", "holds < or >, which no name may hold"});
    }
    return Optional.empty();
  }

  /**
   * Refuses a value of this kind that has a flaw, naming the field: 400 {@code invalid-text}.
   *
   * @param field the field as the caller wrote it, e.g. {@code applicantName} or {@code evidence[1]}
   */
  public static void require(String field, String value, Kind kind) {
    Optional<String[]> flaw = flaw(value, kind);
    if (flaw.isPresent()) {
      throw invalid(field, flaw.get());
    }
  }

  /** The refusal of a field with this flaw (Chinese, English). */
  public static ApiException invalid(String field, String[] flaw) {
    return ApiException.badRequest("invalid-text", "字段「" + field + "」" + flaw[0],
        "Field '" + field + "' " + flaw[1]);
  }

  /** The flaw in Chinese and English, or empty when the text is acceptable. */
  public static Optional<String[]> flaw(String value, boolean multiLine) {
    if (value == null) {
      return Optional.empty();
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return Optional.of(new String[] {"含有无效的字符编码", "holds a lone surrogate"});
      }
      if (Character.isLowSurrogate(c)) {
        return Optional.of(new String[] {"含有无效的字符编码", "holds a lone surrogate"});
      }
      boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
      if (Character.isISOControl(c) && !(multiLine && lineBreakOrTab)) {
        return Optional.of(new String[] {"含有控制字符", "holds a control character"});
      }
      if (isBidiControl(c)) {
        return Optional.of(new String[] {"含有改变文字方向的控制符", "holds a bidirectional text control"});
      }
    }
    int unprintable = DocumentFont.firstUnprintable(value);
    if (unprintable >= 0) {
      String character = new String(Character.toChars(unprintable));
      String code = String.format("U+%04X", unprintable);
      return Optional.of(new String[] {"含有文书字体无法打印的字符「" + character + "」（" + code + "），请改用常用汉字或文字描述",
          "holds a character the documents' font cannot print: " + character + " (" + code + ")"});
    }
    return Optional.empty();
  }

  /** U+202A..U+202E (embeddings, overrides), U+2066..U+2069 (isolates), U+200E/U+200F and U+061C (marks). */
  static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
        || c == '\u061C';
  }
}
