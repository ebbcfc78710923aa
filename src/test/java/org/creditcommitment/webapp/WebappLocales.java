package org.creditcommitment.webapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the Camunda webapps' locale files from the classpath: the webjar's English, our Chinese. */
final class WebappLocales {

  static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";

  /** {{ interpolations }}, {tokens}, HTML tags, entities and moment's %d/%s must survive translation. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\s*[^{}]*?\\s*\\}\\}|\\{[^{}]*\\}|</?[a-zA-Z][^<>]*>|&[a-zA-Z]+;|%[ds]");

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebappLocales() {
  }

  static JsonNode read(String app, String locale) {
    String path = APP_ROOT + app + "/locales/" + locale + ".json";
    try (InputStream in = WebappLocales.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("not on the classpath: " + path);
      }
      // Jackson skips the UTF-8 byte order mark the webjar's files start with
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The placeholders of a text, whitespace inside braces ignored, with their counts. */
  static Map<String, Long> placeholders(String text) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    List<String> found = new java.util.ArrayList<>();
    while (matcher.find()) {
      String token = matcher.group();
      found.add(token.startsWith("{") ? token.replaceAll("\\s+", "") : token);
    }
    return found.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
  }
}
