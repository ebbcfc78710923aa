package org.creditcommitment.commitment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The clerk's list of what the applicant must correct (一次性告知, 中华人民共和国行政许可法 第三十二条: every missing or
 * defective material at once, and what is wrong with each), as the acceptance form submits it: one line per
 * material, "材料名称：问题". Checked whole before anything is written; a list the applicant could not act on is refused.
 */
final class CorrectionItems {

  static final int MAX_ITEMS = 30;
  static final int MAX_MATERIAL = 200;
  static final int MAX_PROBLEM = 500;

  /** A leading number such as "1." "2、" "(3)" the clerk may type before each line. */
  private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:[(（]?\\d{1,2}[)）.、．]\\s*)");

  private CorrectionItems() {}

  static List<CaseProcedure.CorrectionItem> parse(String text) {
    if (text == null || text.isBlank()) {
      throw refused("须逐项列明需补正的材料及其问题", "list each material to correct and what is wrong with it");
    }
    List<CaseProcedure.CorrectionItem> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int lineNo = 0;
    for (String raw : text.split("\\R")) {
      lineNo++;
      String line = NUMBERING.matcher(raw).replaceFirst("").strip();
      if (line.isEmpty()) {
        continue;
      }
      int colon = firstColon(line);
      String material = colon < 0 ? line : line.substring(0, colon).strip();
      String problem = colon < 0 ? "" : line.substring(colon + 1).strip();
      if (material.isEmpty() || problem.isEmpty()) {
        throw refused("第" + lineNo + "行须写成“材料名称：问题”", "line " + lineNo + " must read 'material: what is wrong'");
      }
      if (material.length() > MAX_MATERIAL || problem.length() > MAX_PROBLEM) {
        throw refused("第" + lineNo + "行过长（材料名称不超过" + MAX_MATERIAL + "字，问题不超过" + MAX_PROBLEM + "字）",
            "line " + lineNo + " is too long (material at most " + MAX_MATERIAL + ", problem at most " + MAX_PROBLEM
                + " characters)");
      }
      if (!seen.add(material)) {
        throw refused("材料“" + material + "”重复列出，请合并为一行", "material '" + material + "' is listed twice");
      }
      items.add(new CaseProcedure.CorrectionItem(material, problem));
    }
    if (items.isEmpty()) {
      throw refused("须逐项列明需补正的材料及其问题", "list each material to correct and what is wrong with it");
    }
    if (items.size() > MAX_ITEMS) {
      throw refused("补正材料不超过" + MAX_ITEMS + "项", "at most " + MAX_ITEMS + " materials");
    }
    return items;
  }

  /** The numbered list as a form, a mail and the notice show it. */
  static String text(List<CaseProcedure.CorrectionItem> items) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      s.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(items.get(i).material()).append("：")
          .append(items.get(i).problem());
    }
    return s.toString();
  }

  private static int firstColon(String line) {
    int full = line.indexOf('：');
    int half = line.indexOf(':');
    return full < 0 ? half : half < 0 ? full : Math.min(full, half);
  }

  private static BadUserRequestException refused(String zh, String en) {
    return new BadUserRequestException("补正材料清单：" + zh + " / correctionItems: " + en);
  }
}
