package org.creditcommitment;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds English UI words and raw values ("null", "undefined") in what an official reads on a screen. */
public final class EnglishScan {

  private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
  /** Names and codes that are not UI language: the engine's name in the footer, time zone, hash name. */
  private static final Set<String> ALLOWED = Set.of("Camunda", "Platform", "UTC", "SHA", "BPMN", "DMN", "CSV");

  private EnglishScan() {}

  public static List<String> offenders(String screenText) {
    Matcher words = WORD.matcher(screenText);
    List<String> found = new java.util.ArrayList<>();
    while (words.find()) {
      if (!ALLOWED.contains(words.group())) {
        found.add(words.group());
      }
    }
    return found;
  }
}
