package org.creditcommitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.deadline.DeadlineKinds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every deadline kind a deployed process model (bpmn/) names is declared once ({@link DeadlineKind}), and docs/deadline-kinds.md is
 * written from the declarations so it cannot go stale. Beside {@link ModelCheckTest}, but with the application:
 * the declarations are the modules' beans.
 */
class DeadlineKindsModelCheckTest extends IntegrationTest {

  static final Path DOC = Path.of("docs", "deadline-kinds.md");

  /** How a model names a kind: a deadline listener's field, the message its firing sends, a task's due date. */
  private static final List<Pattern> KIND_IN_MODEL = List.of(
      Pattern.compile("name=\"kind\">\\s*<camunda:(?:string|expression)>\\s*([^<\\s]+)\\s*</camunda:"),
      Pattern.compile("name=\"Deadline_([A-Za-z0-9]+)\""),
      Pattern.compile("taskDeadlines\\.\\w+\\(execution,\\s*'([^']+)'\\)"));

  @Autowired DeadlineKinds kinds;

  @Test
  void everyDeadlineKindAProcessModelNamesIsDeclared() throws IOException {
    Set<String> named = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (Path model : models()) {
      String text = Files.readString(model, StandardCharsets.UTF_8);
      named.addAll(kindsNamedIn(text));
      problems.addAll(undeclared(model.getFileName().toString(), text, kinds));
    }
    assertThat(named).contains("signing", "decision", "materials", "inspection", "rectification", "objectionAnswer",
        "repairReview", "supplement", "publication", "voluntaryReview", "validity", "punishmentDecision");
    assertThat(problems).as("deadline kinds the models name without a declaration").isEmpty();
    assertThat(kinds.name("signing")).isEqualTo("签署期限");
    assertThat(kinds.name("punishmentDecision")).isEqualTo("失信惩戒决定期限");
  }

  @Test
  void aModelNamingAnUndeclaredDeadlineKindFailsTheCheck() {
    String model = """
        <camunda:executionListener delegateExpression="${deadlineStartListener}" event="start">
          <camunda:field name="kind"><camunda:string>hearing</camunda:string></camunda:field>
        </camunda:executionListener>
        <bpmn:message id="Message_Hearing" name="Deadline_hearing" />""";
    assertThat(undeclared("hearing.bpmn", model, kinds)).containsExactly("hearing.bpmn: deadline kind 'hearing'");
  }

  @Test
  void theDeadlineKindTableIsWrittenFromTheDeclarations() throws IOException {
    StringBuilder doc = new StringBuilder("""
        # Deadline kinds

        Written by `DeadlineKindsModelCheckTest` from the `DeadlineKind` declarations (do not edit by hand). A kind is
        declared once, as a bean of the module whose process uses it; the case history names it, reminders go to whom
        it says, and the model check fails a model that names a kind nobody declared. The last day stated in letters,
        mails and forms follows one rule for every kind: the day of the instant just before the deadline passes
        (24:00 of the last day for a period in days; the due instant's own day for a period in hours).

        A kind kept from Java, which no step of its process waits for, names who is told when it passes (督办, with the
        credit office); the others escalate in their model.

        | Kind | Name | Period | Reminded | Told when it passes unwaited |
        |---|---|---|---|---|
        """);
    for (DeadlineKind kind : kinds.all()) {
      doc.append("| `").append(kind.id()).append("` | ").append(kind.name()).append(" | ").append(kind.period())
          .append(" | ").append(kind.reminded().description())
          .append(kind.reminded().taskName() == null ? "" : " (" + kind.reminded().taskName() + ")").append(" | ")
          .append(kind.overdue().taskName() == null ? "—" : kind.overdue().description() + " and the credit office")
          .append(" |\n");
    }
    Files.writeString(DOC, doc.toString(), StandardCharsets.UTF_8);
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).contains("| `signing` | 签署期限 |");
  }

  static Set<String> kindsNamedIn(String modelText) {
    Set<String> found = new TreeSet<>();
    for (Pattern pattern : KIND_IN_MODEL) {
      Matcher m = pattern.matcher(modelText);
      while (m.find()) {
        found.add(m.group(1));
      }
    }
    return found;
  }

  static List<String> undeclared(String modelName, String modelText, DeadlineKinds kinds) {
    return kindsNamedIn(modelText).stream().filter(k -> !kinds.known(k))
        .map(k -> modelName + ": deadline kind '" + k + "'").toList();
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(ModelCheckTest.MODELS)) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().collect(Collectors.toList());
    }
  }
}
