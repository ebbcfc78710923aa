package org.creditcommitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every table belongs to one module, and only that module's SQL names it: any other module reads it through the
 * owner's API, so {@link ModulesTest} sees the dependency (a query on another module's table is a dependency the
 * import graph cannot see). A table belongs to the module whose code writes it (insert, update, delete, merge); the
 * tables are those the Flyway migrations create. The engine's own tables (Camunda's {@code ACT_*}, Quartz's
 * {@code QRTZ_*}) belong to no module: they are used through the engine's API, never by SQL, save for the exceptions
 * listed here with their reason. The Java migrations ({@code db.migration}) are one-time upgrades outside the modules
 * and are not checked.
 */
class TableOwnershipTest {

  static final Path MODULES = Path.of("src", "main", "java", "org", "creditcommitment");
  static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

  /** Files allowed to name an engine table in SQL, and why. */
  static final Map<String, String> ENGINE_SQL_EXCEPTIONS = Map.of(
      "security/TasklistQueryPlans.java", "creates planner statistics and indexes on ACT_RU_AUTHORIZATION,"
          + " ACT_RU_VARIABLE, ACT_RU_TASK and ACT_RU_IDENTITYLINK for the engine's own Tasklist queries (PostgreSQL); it"
          + " reads and writes no rows");

  private static final Pattern CREATE = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WRITE = Pattern.compile("\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+"
      + "(\\w+)");
  private static final Pattern READ = Pattern.compile("\\b(?:from|join)\\s+(\\w+)");
  private static final Pattern ENGINE_TABLE = Pattern.compile("\\b(?:act|qrtz)_\\w+");
  /** String literals, text blocks first so that their quotes are not taken for ordinary literals. */
  private static final Pattern CHAR_LITERAL = Pattern.compile("'(?:[^'\\\\\\n]|\\\\.)'");
  private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
      Pattern.DOTALL);

  record Source(String module, String file, String sql) {}

  @Test
  void noModulesSqlNamesATableOfAnotherModule() throws IOException {
    Set<String> tables = tables();
    List<Source> sources = sources();
    Map<String, Set<String>> writers = new TreeMap<>();
    Map<String, Set<String>> writerFiles = new TreeMap<>();
    for (Source s : sources) {
      for (String table : matches(WRITE, s.sql())) {
        if (tables.contains(table)) {
          writers.computeIfAbsent(table, t -> new TreeSet<>()).add(s.module());
          writerFiles.computeIfAbsent(table, t -> new TreeSet<>()).add(s.file());
        }
      }
    }
    List<String> problems = new ArrayList<>();
    writers.forEach((table, modules) -> {
      if (modules.size() > 1) {
        problems.add(table + " is written by " + modules.size() + " modules " + modules + " (" + writerFiles.get(table)
            + "): one module owns it, the others call its API");
      }
    });
    for (Source s : sources) {
      for (String table : matches(READ, s.sql())) {
        Set<String> owners = writers.get(table);
        if (owners != null && !owners.contains(s.module())) {
          problems.add(s.file() + " names " + table + ", a table of " + String.join("/", owners) + " (written in "
              + writerFiles.get(table) + "): read it through " + String.join("/", owners) + "'s API");
        }
      }
      Set<String> engineTables = matches(ENGINE_TABLE, s.sql());
      if (!engineTables.isEmpty() && !ENGINE_SQL_EXCEPTIONS.containsKey(s.file())) {
        problems.add(s.file() + " names the engine's tables " + engineTables + " in SQL: use the engine's API");
      }
    }
    assertThat(problems).as("SQL naming another module's tables").isEmpty();
  }

  @Test
  void theEngineTableExceptionsStillExist() throws IOException {
    for (String file : ENGINE_SQL_EXCEPTIONS.keySet()) {
      Path path = MODULES.resolve(file);
      assertThat(path).as("an exception for a file that is gone: remove it").exists();
      assertThat(matches(ENGINE_TABLE, sql(Files.readString(path)))).as("an exception no longer needed in " + file)
          .isNotEmpty();
    }
  }

  /** The tables the migrations create, in lower case. */
  private static Set<String> tables() throws IOException {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MIGRATIONS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
        Matcher m = CREATE.matcher(Files.readString(file));
        while (m.find()) {
          tables.add(m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    assertThat(tables).as("tables created by the migrations").contains("commitment_case", "deadline", "audit_event");
    return tables;
  }

  /** Each module's Java files with the text of their string literals, where their SQL is. */
  private static List<Source> sources() throws IOException {
    List<Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MODULES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Path relative = MODULES.relativize(file);
        if (relative.getNameCount() > 1) {
          sources.add(new Source(relative.getName(0).toString(), relative.toString().replace('\\', '/'),
              sql(Files.readString(file))));
        }
      }
    }
    assertThat(sources).as("module sources").hasSizeGreaterThan(100);
    return sources;
  }

  /** The string literals of a Java file, joined: SQL split over concatenated literals reads as one text. */
  private static String sql(String java) {
    StringBuilder text = new StringBuilder();
    // a quote in a char literal ('"') would otherwise open a string
    Matcher m = LITERAL.matcher(CHAR_LITERAL.matcher(java).replaceAll("''"));
    while (m.find()) {
      text.append(m.group(1) != null ? m.group(1) : m.group(2)).append(' ');
    }
    return text.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.groupCount() == 0 ? m.group() : m.group(1));
    }
    return found;
  }
}
