package org.creditcommitment.evidence;

import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.FreeText;

/** A file name as kept and shown: the last path segment a browser sent, one line of clean text, not too long. */
final class EvidenceNames {

  static final int MAX_LENGTH = 200;

  private EvidenceNames() {}

  static String clean(String fileName) {
    String name = fileName == null ? "" : fileName;
    // old browsers send C:\fakepath\x.pdf or a whole path: only the file's own name is kept
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    if (name.isEmpty() || name.length() > MAX_LENGTH || name.startsWith(".")) {
      throw ApiException.badRequest("invalid-evidence-name", "证明材料的文件名为空、过长（上限 " + MAX_LENGTH
          + " 个字符）或以“.”开头", "The evidence file name is empty, longer than " + MAX_LENGTH
          + " characters or starts with '.'");
    }
    FreeText.require("file", name, FreeText.Kind.LINE);
    return name;
  }

  /** The extension after the last dot, or null when the name has none. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1);
  }
}
