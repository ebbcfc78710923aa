package org.creditcommitment.security.forms;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.creditcommitment.system.ChoiceList;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of a deployed Camunda Form as the server checks a submission against them: which keys are
 * editable, their type, options, required-ness (with the form's own conditions) and limits. Read from the
 * form definition itself, so a designer who edits the form changes the rule.
 */
final class FormSchema {

  /** Field types whose value is text, a choice, a number, a flag, a list of choices or a date. */
  enum Kind { TEXT, MULTILINE, CHOICE, NUMBER, FLAG, CHOICES, DATE }

  /**
   * One field; {@code whole} for a number field that takes no fraction (the form's {@code decimalDigits: 0}).
   */
  record Field(String key, String label, Kind kind, boolean readOnly, boolean required, String hideWhen,
      Set<String> options, Double min, Double max, boolean whole, Integer minLength, Integer maxLength,
      Pattern pattern) {}

  private static final Map<String, Kind> KINDS = Map.of(
      "textfield", Kind.TEXT, "textarea", Kind.MULTILINE, "radio", Kind.CHOICE, "select", Kind.CHOICE,
      "number", Kind.NUMBER, "checkbox", Kind.FLAG, "checklist", Kind.CHOICES, "taglist", Kind.CHOICES,
      "datetime", Kind.DATE);
  /** Free text without a length the form states is still bounded: no field of a case needs more. */
  static final int DEFAULT_MAX_TEXT = 10_000;

  private final String id;
  private final Map<String, Field> fields;

  private FormSchema(String id, Map<String, Field> fields) {
    this.id = id;
    this.fields = fields;
  }

  static FormSchema of(JsonNode form) {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(form.path("components"), fields);
    return new FormSchema(form.path("id").asText(""), fields);
  }

  String id() {
    return id;
  }

  Field field(String key) {
    return fields.get(key);
  }

  Collection<Field> fields() {
    return fields.values();
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode c : components) {
      if (c.has("components")) {
        collect(c.path("components"), fields);
      }
      String key = c.path("key").asText(null);
      Kind kind = KINDS.get(c.path("type").asText(""));
      if (key == null || kind == null) {
        continue;
      }
      JsonNode validate = c.path("validate");
      Set<String> options = new java.util.LinkedHashSet<>();
      c.path("values").forEach(v -> options.add(v.path("value").asText()));
      boolean readOnly = flag(c.path("readonly")) || flag(c.path("disabled"));
      String pattern = validate.path("pattern").asText(null);
      fields.put(key, new Field(key, c.path("label").asText(c.path("dateLabel").asText(key)), kind, readOnly,
          validate.path("required").asBoolean(false), c.path("conditional").path("hide").asText(null),
          options.isEmpty() && !c.has("values") ? null : options,
          number(validate.path("min")), number(validate.path("max")), c.path("decimalDigits").asInt(-1) == 0,
          integer(validate.path("minLength")), integer(validate.path("maxLength")),
          pattern == null || pattern.isBlank() ? null : Pattern.compile(pattern)));
    }
  }

  /** readonly may be a FEEL expression; only a literal false counts as editable. */
  private static boolean flag(JsonNode node) {
    return !node.isMissingNode() && !node.isNull() && !(node.isBoolean() && !node.asBoolean())
        && !"false".equals(node.asText());
  }

  private static Double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : null;
  }

  private static Integer integer(JsonNode node) {
    return node.isNumber() ? node.asInt() : null;
  }

  // ---- the form's conditions, as far as a server needs them ----

  private static final Pattern NOT_EQUALS = Pattern.compile("=\\s*(\\w+)\\s*!=\\s*\"([^\"]*)\"\\s*");
  private static final Pattern EQUALS = Pattern.compile("=\\s*(\\w+)\\s*=\\s*\"([^\"]*)\"\\s*");
  private static final Pattern NOT_CONTAINS =
      Pattern.compile("=\\s*not\\s*\\(\\s*list contains\\s*\\(\\s*(\\w+)\\s*,\\s*\"([^\"]*)\"\\s*\\)\\s*\\)\\s*");
  private static final Pattern CONTAINS = Pattern.compile("=\\s*list contains\\s*\\(\\s*(\\w+)\\s*,\\s*\"([^\"]*)\"\\s*\\)\\s*");

  /**
   * Whether the field is hidden for these values. A condition the server cannot read counts as "maybe hidden":
   * such a field is then not required, while its value, when sent, is still checked.
   */
  static boolean hidden(Field field, Map<String, Object> values) {
    if (field.hideWhen() == null || field.hideWhen().isBlank()) {
      return false;
    }
    String condition = field.hideWhen();
    Matcher m;
    if ((m = NOT_EQUALS.matcher(condition)).matches()) {
      return !m.group(2).equals(text(values.get(m.group(1))));
    }
    if ((m = EQUALS.matcher(condition)).matches()) {
      return m.group(2).equals(text(values.get(m.group(1))));
    }
    if ((m = NOT_CONTAINS.matcher(condition)).matches()) {
      return !ChoiceList.of(values.get(m.group(1))).contains(m.group(2));
    }
    if ((m = CONTAINS.matcher(condition)).matches()) {
      return ChoiceList.of(values.get(m.group(1))).contains(m.group(2));
    }
    return true;
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  @Override
  public String toString() {
    return id + fields.keySet().stream().collect(Collectors.joining(",", "[", "]"));
  }
}
