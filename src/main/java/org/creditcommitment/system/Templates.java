package org.creditcommitment.system;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict "${name}" substitution for texts officials edit (letter templates): a placeholder without a
 * value is an error, never an empty gap in a legal text.
 */
public final class Templates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)}");

  private Templates() {}

  public static String render(String template, Map<String, ?> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!values.containsKey(name) || values.get(name) == null) {
        throw new IllegalArgumentException("Template placeholder ${" + name + "} has no value");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(values.get(name))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The placeholders a template uses, for validating templates before they are needed. */
  public static java.util.Set<String> placeholders(String template) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
