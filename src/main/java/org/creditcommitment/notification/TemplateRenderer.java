package org.creditcommitment.notification;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately small, strict {@code ${name}} renderer: no expressions, no defaults, no escaping
 * rules an operator could get wrong. A placeholder without a value is an error, never an empty gap.
 */
final class TemplateRenderer {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

  private TemplateRenderer() {}

  /** The variable names a template uses; a malformed {@code ${...}} is an error. */
  static Set<String> placeholders(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    int checkedUpTo = 0;
    while (matcher.find()) {
      requireNoStrayMarker(template, checkedUpTo, matcher.start());
      names.add(matcher.group(1));
      checkedUpTo = matcher.end();
    }
    requireNoStrayMarker(template, checkedUpTo, template.length());
    return names;
  }

  static String render(String template, Map<String, String> values) {
    Set<String> missing = new LinkedHashSet<>(placeholders(template));
    missing.removeAll(values.keySet());
    if (!missing.isEmpty()) {
      throw new TemplateException("no value for " + missing);
    }
    return PLACEHOLDER.matcher(template).replaceAll(match -> Matcher.quoteReplacement(values.get(match.group(1))));
  }

  private static void requireNoStrayMarker(String template, int from, int to) {
    int stray = template.substring(from, to).indexOf("${");
    if (stray >= 0) {
      int at = from + stray;
      String near = template.substring(at, Math.min(template.length(), at + 20));
      throw new TemplateException("malformed placeholder at character " + at + ": " + near);
    }
  }

  static class TemplateException extends IllegalArgumentException {
    TemplateException(String message) {
      super(message);
    }
  }
}
