package org.creditcommitment.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.creditcommitment.catalogue.LetterTemplate;
import org.creditcommitment.system.Templates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The text of the 信用修复型 commitment (普政数局〔2022〕25号 二（七）) a subject signs when applying for credit repair,
 * from the operator's template ({@code cc.repair.commitment-template}). The text is fixed by the subject, the record
 * and the template, so the portal fetches it, shows it, and files with its SHA-256; the filing renders it again and
 * refuses a hash of any other text.
 */
@Component
class RepairCommitmentText {

  static final Set<String> PLACEHOLDERS = Set.of("subjectName", "subjectCode", "recordSummary", "validityText");

  private final String template;
  private final RepairProperties properties;

  RepairCommitmentText(@Value("${cc.repair.commitment-template:classpath:repair/repair-commitment.txt}")
      Resource file, RepairProperties properties) {
    this.template = load(file);
    this.properties = properties;
    Set<String> unknown = new java.util.TreeSet<>(Templates.placeholders(template));
    unknown.removeAll(PLACEHOLDERS);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("Repair commitment template " + file.getDescription()
          + " uses unknown placeholders " + unknown + "; allowed: " + new java.util.TreeSet<>(PLACEHOLDERS));
    }
  }

  /** The exact text; trailing blanks removed, so the same input always gives the same text and hash. */
  String render(String subjectName, String subjectCode, String recordSummary) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("subjectName", subjectName);
    values.put("subjectCode", subjectCode);
    values.put("recordSummary", recordSummary);
    values.put("validityText", LetterTemplate.periodText(properties.commitmentValidity().toString()));
    return Templates.render(template, values).lines().map(String::stripTrailing)
        .reduce((a, b) -> a + "\n" + b).orElse("").strip();
  }

  private static String load(Resource file) {
    try (InputStream in = file.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Repair commitment template " + file.getDescription() + " cannot be read", e);
    }
  }
}
