package org.creditcommitment.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One template file: lines starting with {@code #} at the top are comments for the operator, the
 * first other line is the subject, then one blank line, then the body.
 */
record MailTemplate(String source, String subject, String body) {

  static MailTemplate parse(String source, String text) {
    List<String> lines = text.replace("\uFEFF", "").replace("\r\n", "\n").lines().toList();
    int first = 0;
    while (first < lines.size() && lines.get(first).startsWith("#")) {
      first++;
    }
    if (first >= lines.size() || lines.get(first).isBlank()) {
      throw new TemplateRenderer.TemplateException(source + ": the first line (after # comments) must be the subject");
    }
    if (first + 1 >= lines.size() || !lines.get(first + 1).isBlank()) {
      throw new TemplateRenderer.TemplateException(source + ": a blank line must separate the subject from the body");
    }
    String body = String.join("\n", lines.subList(first + 2, lines.size())).strip();
    if (body.isEmpty()) {
      throw new TemplateRenderer.TemplateException(source + ": the body is empty");
    }
    MailTemplate template = new MailTemplate(source, lines.get(first).strip(), body + "\n");
    template.placeholders();
    return template;
  }

  Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>(TemplateRenderer.placeholders(subject));
    names.addAll(TemplateRenderer.placeholders(body));
    return names;
  }

  /** Refuses a template that uses a variable its type does not declare. */
  void requireOnly(Set<String> allowed) {
    Set<String> unknown = new LinkedHashSet<>(placeholders());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw new TemplateRenderer.TemplateException(source + ": unknown variables " + unknown + "; allowed: " + allowed);
    }
  }

  RenderedMail render(Map<String, String> values) {
    return new RenderedMail(TemplateRenderer.render(subject, values), TemplateRenderer.render(body, values));
  }

  record RenderedMail(String subject, String body) {}
}
