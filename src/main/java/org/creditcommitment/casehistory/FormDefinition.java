package org.creditcommitment.casehistory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.system.ChoiceList;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of a deployed Camunda Form: what the official saw labelled, and the option labels behind the
 * stored values. Only what the business view needs; fields in groups count like the others.
 */
record FormDefinition(String id, List<Component> components) {

  /** One input of the form. {@code options} maps a stored value to its label (radio, select, checklist). */
  record Component(String key, String label, String type, boolean readonly, Map<String, String> options) {

    /** The option labels of the value, or the value as text. */
    String display(Object value) {
      if ("checklist".equals(type) || "taglist".equals(type)) {
        List<String> labels = new ArrayList<>();
        for (String part : ChoiceList.of(value)) {
          labels.add(options.getOrDefault(part, part));
        }
        return labels.isEmpty() ? null : String.join("、", labels);
      }
      if (!options.isEmpty() && value != null) {
        String label = options.get(value.toString());
        if (label != null) {
          return label;
        }
      }
      return DisplayFormat.text(value);
    }

    /** Where the official chose an outcome rather than typed text. */
    boolean isChoice() {
      return !readonly && !options.isEmpty();
    }
  }

  static FormDefinition parse(JsonNode form) {
    List<Component> components = new ArrayList<>();
    collect(form.path("components"), components);
    return new FormDefinition(form.path("id").asText(null), List.copyOf(components));
  }

  Optional<Component> component(String key) {
    return components.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  private static void collect(JsonNode list, List<Component> out) {
    for (JsonNode node : list) {
      if (node.has("components")) {
        collect(node.path("components"), out);
      }
      String key = node.path("key").asText(null);
      if (key == null || key.isBlank()) {
        continue;
      }
      Map<String, String> options = new LinkedHashMap<>();
      for (JsonNode option : node.path("values")) {
        options.put(option.path("value").asText(), option.path("label").asText(option.path("value").asText()));
      }
      String label = firstText(node, "label", "dateLabel", "timeLabel");
      out.add(new Component(key, label != null ? label : key, node.path("type").asText(""),
          node.path("readonly").asBoolean(false) || node.path("disabled").asBoolean(false), Map.copyOf(options)));
    }
  }

  private static String firstText(JsonNode node, String... names) {
    for (String name : names) {
      String text = node.path(name).asText(null);
      if (text != null && !text.isBlank()) {
        return text;
      }
    }
    return null;
  }
}
