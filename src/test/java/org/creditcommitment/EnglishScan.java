package org.creditcommitment;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English UI words in what an official reads on a screen. Words in capitals are codes (grades such as AAA,
 * generated subject names in tests, credit codes), not language, and are not reported.
 */
public final class EnglishScan {

  /**
   * The visible text of the page's own interface: values (definition lists, table cells, form inputs), the
   * diagram and hidden templates left out, since data such as a process key is not UI language.
   */
  public static final String UI_TEXT_SCRIPT = "const skip = arguments[0];"
      + "const out = []; const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
      + "for (let n = w.nextNode(); n; n = w.nextNode()) { const p = n.parentElement;"
      + " if (!p || p.closest(skip) || !p.getClientRects().length) continue; out.push(n.nodeValue.trim()); }"
      + "return out.filter(t => t).join(' ');";

  /** A run of code-like characters; one holding a digit is an id or a code (ce80ebcc-ec9a-11f1-becc-…), not language. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-.:/]+");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
  /** Names and codes that are not UI language: the engine's name in the footer, time zone, hash name. */
  private static final Set<String> ALLOWED = Set.of("Camunda", "Platform", "UTC", "SHA", "BPMN", "DMN", "CSV");

  private EnglishScan() {}

  public static List<String> offenders(String screenText) {
    List<String> found = new java.util.ArrayList<>();
    Matcher tokens = TOKEN.matcher(screenText);
    while (tokens.find()) {
      if (tokens.group().chars().anyMatch(Character::isDigit)) {
        continue;
      }
      Matcher words = WORD.matcher(tokens.group());
      while (words.find()) {
        String word = words.group();
        if (!ALLOWED.contains(word) && !word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
          found.add(word);
        }
      }
    }
    return found;
  }
}
