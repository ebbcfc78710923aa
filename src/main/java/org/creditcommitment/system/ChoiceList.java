package org.creditcommitment.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A checklist's value as it reaches the server or the history: a JSON array (Tasklist), a Java list (the engine
 * API), or text such as {@code ["A","B"]} or {@code A,B} (history, older cases). Read as the chosen values.
 */
public final class ChoiceList {

  private ChoiceList() {}

  public static List<String> of(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof JsonNode json && json.isArray()) {
      json.forEach(e -> out.add(e.asText()));
    } else if (value instanceof Collection<?> list) {
      list.forEach(e -> out.add(String.valueOf(e)));
    } else if (value != null) {
      for (String part : value.toString().replaceAll("[\\[\\]\"]", "").split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }
}
