package org.creditcommitment.casehistory;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A timeline as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads the Chinese), RFC 4180
 * quoting, times in Beijing time, details as JSON. A cell that Excel would read as a formula gets a
 * leading apostrophe, so exported data can never run as one.
 */
final class TimelineCsv {

  static final String BOM = "\uFEFF";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
      .withZone(org.creditcommitment.system.ClockConfig.ZONE);

  private TimelineCsv() {}

  static String write(List<TimelineEntry> entries, ObjectMapper json) {
    StringBuilder csv = new StringBuilder(BOM);
    csv.append("时间,类型,事项,操作人,来源,流程环节,详情\r\n");
    for (TimelineEntry e : entries) {
      row(csv, e.time() == null ? "" : TIME.format(e.time()), e.type(), e.label(), e.actor(), e.source(),
          e.activityId(), details(e, json));
    }
    return csv.toString();
  }

  private static String details(TimelineEntry e, ObjectMapper json) {
    try {
      return json.writeValueAsString(e.details());
    } catch (JsonProcessingException ex) {
      return String.valueOf(e.details());
    }
  }

  private static void row(StringBuilder csv, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells[i]));
    }
    csv.append("\r\n");
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
