package org.creditcommitment.evidence;

import java.util.List;

/**
 * The files of a record as a Camunda Form's text shows them (Markdown, one link per file with its size and SHA-256).
 * A file name is the uploader's text: the characters Markdown or HTML would read as syntax are replaced, so a name
 * can neither make a link of its own nor break the list.
 */
public final class EvidenceLinks {

  private EvidenceLinks() {}

  /** @param none what to say when there are no files */
  public static String markdown(List<StoredEvidence> files, String none) {
    if (files.isEmpty()) {
      return none;
    }
    StringBuilder text = new StringBuilder();
    for (StoredEvidence f : files) {
      text.append("- [").append(plain(f.fileName())).append("](").append(f.href()).append(")（")
          .append(EvidenceFiles.DisplayedSize.of(f.size())).append("，SHA-256 ").append(f.sha256()).append("）\n");
    }
    return text.toString();
  }

  /** A file's size as officials read it: 10 MB, 500 KB. */
  public static String size(long bytes) {
    return EvidenceFiles.DisplayedSize.of(bytes);
  }

  static String plain(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      out.append(switch (c) {
        case '[' -> '［';
        case ']' -> '］';
        case '(' -> '（';
        case ')' -> '）';
        case '<' -> '＜';
        case '>' -> '＞';
        case '*' -> '＊';
        case '_' -> '＿';
        case '`' -> '｀';
        case '\\' -> '＼';
        case '|' -> '｜';
        case '#' -> '＃';
        case '!' -> '！';
        case '{' -> '｛';
        case '}' -> '｝';
        case '&' -> '＆';
        default -> c;
      });
    }
    return out.toString();
  }
}
