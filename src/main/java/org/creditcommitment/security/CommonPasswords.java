package org.creditcommitment.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords too common to allow: the list {@code security/common-passwords.txt} (where it comes from is written at
 * its top). A guesser tries these first and their variants next, so a password is common when, in lower case, it is
 * on the list, or its letters are once the digits and symbols before and after them are dropped (Password2026!,
 * 2026qwertyuiop), also with the usual look-alikes read back as letters (P@ssw0rd), or with the digit keys'
 * symbols read as digits (1qaz@WSX3edc), or when it is one short piece repeated (Ab1!Ab1!Ab1!).
 */
final class CommonPasswords {

  static final String RESOURCE = "security/common-passwords.txt";
  /** The symbols on the digit keys 0 to 9 (US and Chinese layouts). */
  private static final String SHIFTED_DIGITS = ")!@#$%^&*(";

  private final Set<String> words;

  CommonPasswords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  static CommonPasswords shipped() {
    try (InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The list of common passwords is missing from the jar: " + RESOURCE);
      }
      Set<String> words = new HashSet<>();
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String word = line.strip().toLowerCase(Locale.ROOT);
          if (!word.isEmpty() && !word.startsWith("#")) {
            words.add(word);
          }
        }
      }
      return new CommonPasswords(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return words.size();
  }

  boolean isCommon(String password) {
    String lower = password.toLowerCase(Locale.ROOT);
    String core = lettersInside(lower);
    String readBack = readLookAlikes(core);
    return words.contains(lower) || words.contains(core) || words.contains(readBack)
        || words.contains(unshifted(lower)) || isRepeated(lower);
  }

  /** Without the digits and symbols before the first and after the last letter. */
  private static String lettersInside(String password) {
    int start = 0;
    int end = password.length();
    while (start < end && !Character.isLetter(password.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetter(password.charAt(end - 1))) {
      end--;
    }
    return password.substring(start, end);
  }

  /** Digits and symbols that stand for letters, read back (p@ssw0rd); given the letters inside, not the ends. */
  private static String readLookAlikes(String core) {
    StringBuilder read = new StringBuilder(core.length());
    for (int i = 0; i < core.length(); i++) {
      read.append(lookAlike(core.charAt(i)));
    }
    return read.toString();
  }

  /** The digit keys' symbols read as the digits (1qaz@WSX is the walk 1qaz2wsx with shift held). */
  private static String unshifted(String password) {
    StringBuilder read = new StringBuilder(password.length());
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      int shifted = SHIFTED_DIGITS.indexOf(c);
      read.append(shifted >= 0 ? (char) ('0' + shifted) : c);
    }
    return read.toString();
  }

  private static char lookAlike(char c) {
    return switch (c) {
      case '@', '4' -> 'a';
      case '0' -> 'o';
      case '1', '!' -> 'i';
      case '3' -> 'e';
      case '$', '5' -> 's';
      case '7' -> 't';
      default -> c;
    };
  }

  /** One piece of at most a third of the length, written again and again. */
  private static boolean isRepeated(String password) {
    int length = password.length();
    for (int piece = 1; piece <= length / 3; piece++) {
      if (length % piece == 0 && password.substring(0, piece).repeat(length / piece).equals(password)) {
        return true;
      }
    }
    return false;
  }
}
