package org.creditcommitment.voluntary;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.creditcommitment.calendar.DueSpec;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.system.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The operator's template file ({@code cc.voluntary.templates-file}), read at start after the catalogue (whose
 * departments it names). An invalid file stops the start with every problem listed, as the catalogue does; an
 * operator changes the templates by editing the file and restarting, without a rebuild.
 */
@Component
class VoluntaryTemplates {

  private static final Logger log = LoggerFactory.getLogger(VoluntaryTemplates.class);
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,40}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Set<String> FIELDS = Set.of("code", "name", "category", "department", "validity", "review",
      "text");

  private final Resource file;
  private final Catalogue catalogue;
  private volatile Map<String, VoluntaryTemplate> templates = Map.of();

  VoluntaryTemplates(@Value("${cc.voluntary.templates-file:classpath:catalogue/voluntary-templates.yaml}") Resource file,
      Catalogue catalogue) {
    this.file = file;
    this.catalogue = catalogue;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(30) // after CatalogueImport (20), which stores the departments
  public void load() throws IOException {
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      templates = parse(file.getDescription(), reader, catalogue.departments().keySet());
    }
    log.info("Voluntary commitment templates: {} from {}", templates.size(), file.getDescription());
  }

  List<VoluntaryTemplate> all() {
    return List.copyOf(templates.values());
  }

  Optional<VoluntaryTemplate> find(String code) {
    return Optional.ofNullable(templates.get(code));
  }

  VoluntaryTemplate require(String code) {
    return find(code).orElseThrow(() -> ApiException.badRequest("unknown-template",
        "承诺模板「" + code + "」不存在", "No commitment template with code '" + code + "'"));
  }

  /** Parses and checks the file; throws {@link IllegalStateException} naming every problem. */
  static Map<String, VoluntaryTemplate> parse(String source, Reader reader, Set<String> departments) {
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (YAMLException e) {
      throw new IllegalStateException(source + ": not valid YAML: " + e.getMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    Map<String, VoluntaryTemplate> out = new LinkedHashMap<>();
    if (!(root instanceof Map<?, ?> top) || !(top.get("templates") instanceof List<?> list)) {
      throw new IllegalStateException(source + ": expected a mapping with a list 'templates'");
    }
    for (int i = 0; i < list.size(); i++) {
      String at = "templates[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> m)) {
        problems.add(at + ": expected a mapping");
        continue;
      }
      for (Object key : m.keySet()) {
        if (!FIELDS.contains(String.valueOf(key))) {
          problems.add(at + "." + key + ": unknown field (expected one of " + FIELDS + ")");
        }
      }
      String code = text(m, "code", at, problems);
      String name = text(m, "name", at, problems);
      String dept = text(m, "department", at, problems);
      String validity = text(m, "validity", at, problems);
      String review = text(m, "review", at, problems);
      String body = text(m, "text", at, problems);
      String categoryText = text(m, "category", at, problems);
      CommitmentCategory category = categoryText == null ? null
          : CommitmentCategory.parse(categoryText).filter(CommitmentCategory.VOLUNTARY_KINDS::contains).orElse(null);
      if (categoryText != null && category == null) {
        problems.add(at + ".category: template " + m.get("code") + " cannot be '" + categoryText + "': a voluntary"
            + " commitment is 主动型 or 行业自律型; 审批替代型 and 证明事项型 belong to applications, 信用修复型 to credit"
            + " repair (普政数局〔2022〕25号 二（七）)");
      }
      if (code != null && !CODE.matcher(code).matches()) {
        problems.add(at + ".code: '" + code + "' is not 1 to 40 letters, digits or '-'");
      }
      if (code != null && out.containsKey(code)) {
        problems.add(at + ".code: duplicate template code " + code);
      }
      if (dept != null && !departments.contains(dept)) {
        problems.add(at + ".department: '" + dept + "' is not a department of the catalogue " + departments);
      }
      spec(validity, at + ".validity", problems);
      spec(review, at + ".review", problems);
      if (body != null) {
        Matcher placeholders = PLACEHOLDER.matcher(body);
        while (placeholders.find()) {
          if (!VoluntaryTemplate.PLACEHOLDERS.contains(placeholders.group(1))) {
            problems.add(at + ".text: unknown placeholder {" + placeholders.group(1) + "} (known: "
                + VoluntaryTemplate.PLACEHOLDERS + ")");
          }
        }
        if (category == CommitmentCategory.INDUSTRY_SELF_DISCIPLINE && !body.contains("{members}")) {
          problems.add(at + ".text: a 行业自律型 text must list the members ({members})");
        }
      }
      if (code != null && name != null && category != null && dept != null && validity != null && review != null
          && body != null) {
        out.put(code, new VoluntaryTemplate(code, name, category, dept, validity, review, body));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(source + " has " + problems.size() + " problem(s):\n  "
          + String.join("\n  ", problems));
    }
    return out;
  }

  private static String text(Map<?, ?> m, String field, String at, List<String> problems) {
    Object value = m.get(field);
    if (value == null || value.toString().isBlank()) {
      problems.add(at + "." + field + ": required");
      return null;
    }
    return value.toString().strip();
  }

  private static void spec(String value, String at, List<String> problems) {
    if (value == null) {
      return;
    }
    try {
      DueSpec.parse(value);
    } catch (IllegalArgumentException e) {
      problems.add(at + ": " + e.getMessage());
    }
  }
}
