package org.creditcommitment.documents;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes: 16 characters of Crockford's base-32 (80 random bits), printed in groups of four such as
 * 7KQ2-M9XD-4HTP-WC3R. Read back leniently, as people type them: any case, with or without dashes and spaces, and
 * O, I and L for the digits they look like.
 */
final class VerificationCodes {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int LENGTH = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCodes() {}

  static String generate() {
    StringBuilder code = new StringBuilder(LENGTH + 3);
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The stored form of what someone typed, or null when it cannot be a code. */
  static String normalize(String typed) {
    if (typed == null || typed.length() > 40) {
      return null;
    }
    StringBuilder plain = new StringBuilder(LENGTH);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || c == ' ') {
        continue;
      }
      char read = switch (c) {
        case 'O' -> '0';
        case 'I', 'L' -> '1';
        default -> c;
      };
      if (ALPHABET.indexOf(read) < 0) {
        return null;
      }
      plain.append(read);
    }
    if (plain.length() != LENGTH) {
      return null;
    }
    for (int i = 12; i > 0; i -= 4) {
      plain.insert(i, '-');
    }
    return plain.toString();
  }
}
