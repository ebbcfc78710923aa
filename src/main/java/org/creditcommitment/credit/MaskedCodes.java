package org.creditcommitment.credit;

import org.creditcommitment.subject.SubjectCode;

/**
 * A subject's code as failure messages may carry it. Such a message is kept by the engine with the failed job and the
 * incident, tables that are not encrypted, so a natural person's ID number is masked there as on the public board.
 */
public final class MaskedCodes {

  private MaskedCodes() {}

  public static String of(String code) {
    if (code == null) {
      return null;
    }
    try {
      return SubjectCode.parse(code).masked();
    } catch (RuntimeException notACode) {
      return "*".repeat(Math.min(code.length(), 18));
    }
  }
}
