package org.creditcommitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * docs/policy.md says where each rule of the policy documents lives: a BPMN/DMN element, a form field, a catalogue
 * field, a setting or a class. Renaming or removing one of those without updating the policy map fails here.
 */
class PolicyReferencesTest {

  private static final Pattern TOKEN = Pattern.compile("`(bpmn|form|catalogue|config|class):([^`]+)`");

  @Test
  void everyPlaceThePolicyMapNamesExists() throws IOException {
    String policy = Files.readString(Path.of("docs", "policy.md"));
    Matcher tokens = TOKEN.matcher(policy);
    List<String> missing = new ArrayList<>();
    int checked = 0;
    while (tokens.find()) {
      checked++;
      String kind = tokens.group(1);
      String name = tokens.group(2);
      if (!exists(kind, name)) {
        missing.add(kind + ":" + name);
      }
    }
    assertThat(checked).as("places named in docs/policy.md").isGreaterThan(30);
    assertThat(missing).as("places named in docs/policy.md that no longer exist").isEmpty();
  }

  @Test
  void aPlaceThatIsNotThereIsReported() throws IOException {
    assertThat(exists("bpmn", "Task_MakeDecision")).isTrue();
    assertThat(exists("bpmn", "Task_NoSuchStep")).isFalse();
    assertThat(exists("config", "cc.objection.answer-period")).isTrue();
    assertThat(exists("config", "cc.objection.no-such-setting")).isFalse();
    assertThat(exists("class", "TaskFormCheck#check")).isTrue();
    assertThat(exists("class", "TaskFormCheck#noSuchMethod")).isFalse();
  }

  static boolean exists(String kind, String name) throws IOException {
    return switch (kind) {
      case "bpmn" -> anyFileContains(Path.of("bpmn"), "id=\"" + name + "\"");
      case "form" -> anyFileContains(Path.of("forms"), "\"key\": \"" + name + "\"");
      case "catalogue" -> Files.readString(Path.of("src/main/resources/catalogue/catalogue.yaml"))
          .contains(name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) + ":" : name + ":");
      case "config" -> configExists(name);
      case "class" -> classExists(name);
      default -> false;
    };
  }

  private static boolean anyFileContains(Path folder, String text) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        // forms may be written with any spacing around the colon
        if (Files.readString(file).replaceAll("\"key\"\\s*:\\s*\"", "\"key\": \"").contains(text)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A property path: each segment a key at the next deeper indentation of application.yaml. */
  private static boolean configExists(String path) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/main/resources/application.yaml"));
    int from = 0;
    int indent = -1;
    for (String segment : path.split("\\.")) {
      boolean found = false;
      for (int i = from; i < lines.size(); i++) {
        String line = lines.get(i);
        int lineIndent = line.length() - line.stripLeading().length();
        if (!line.isBlank() && !line.stripLeading().startsWith("#") && lineIndent <= indent) {
          break;
        }
        if (line.stripLeading().startsWith(segment + ":") && lineIndent > indent) {
          from = i + 1;
          indent = lineIndent;
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean classExists(String name) throws IOException {
    String simple = name.contains("#") ? name.substring(0, name.indexOf('#')) : name;
    String method = name.contains("#") ? name.substring(name.indexOf('#') + 1) : null;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().equals(simple + ".java")).toList()) {
        if (method == null || Files.readString(file).matches("(?s).*\\b" + Pattern.quote(method) + "\\s*\\(.*")) {
          return true;
        }
      }
    }
    return false;
  }
}
