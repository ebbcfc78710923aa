package org.creditcommitment.security.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.creditcommitment.UnicodeSamples;
import org.creditcommitment.system.DocumentFont;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every editable text field of every task form, with a character of each Unicode plane: what the documents' font
 * cannot print is refused by the server's form check naming the character (the task stays open, nothing is written),
 * and what it can print is accepted, so no official's text reaches a document that cannot print it.
 */
class FormTextPrintabilityTest {

  @Test
  void everyEditableTextFieldRefusesWhatTheDocumentsCannotPrintAndTakesWhatTheyCan() throws IOException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        FormSchema schema = FormSchema.of(new ObjectMapper().readTree(file.toFile()));
        for (FormSchema.Field field : schema.fields()) {
          boolean text = field.kind() == FormSchema.Kind.TEXT || field.kind() == FormSchema.Kind.MULTILINE;
          if (!text || field.readOnly() || field.pattern() != null) {
            continue;
          }
          for (Map.Entry<String, String> sample : UnicodeSamples.BY_KIND.entrySet()) {
            String value = "经核实，情况属实" + sample.getValue();
            String problem = TaskFormCheck.problem(field, value);
            int unprintable = DocumentFont.firstUnprintable(value);
            boolean right = unprintable < 0 ? problem == null
                : problem != null && problem.contains(String.format("U+%04X", unprintable));
            if (!right) {
              wrong.add(file.getFileName() + "#" + field.key() + " with " + sample.getKey() + ": " + problem);
            }
            checked++;
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(checked).as("text fields of the forms were found").isGreaterThan(100);
  }
}
