package org.creditcommitment.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The short message of a notification type ({@code classpath:sms/<type>.txt}: {@code #} comment lines, then the
 * text). Only the types with such a file go as short messages: the applicant's deadlines and the officials' new and
 * overdue tasks. A text says what is due and when and points to the portal or the mail; it carries no name, no
 * address and no ID number.
 * <p>
 * One segment holds {@value #SEGMENT} characters (UCS-2), the gateway's sign name 【…】 included; a longer text goes as
 * a concatenated message of {@value #LONG_SEGMENT}-character segments, at most {@code cc.sms.max-segments}, and a text
 * longer still is cut and ends with "…" (the mail carries the whole notice). Built-in texts fit one segment with
 * ordinary values ({@code ShortTextsTest}).
 */
@Component
class ShortTexts {

  static final int SEGMENT = 70;
  static final int LONG_SEGMENT = 67;

  private final Map<NotificationType, String> texts = new EnumMap<>(NotificationType.class);
  private final ShortMessageProperties properties;

  ShortTexts(ShortMessageProperties properties) {
    this.properties = properties;
    for (NotificationType type : NotificationType.values()) {
      ClassPathResource resource = new ClassPathResource("sms/" + type.templateFile());
      if (resource.exists()) {
        String text = parse(resource);
        MailTemplate.parse(resource.getPath(), "x\n\n" + text).requireOnly(MailTemplates.allowedVariables(type));
        texts.put(type, text);
      }
    }
  }

  boolean has(NotificationType type) {
    return texts.containsKey(type);
  }

  /** The text as it is stored and sent, or empty when the type goes by e-mail only. */
  Optional<String> render(NotificationType type, Map<String, String> values) {
    return Optional.ofNullable(texts.get(type))
        .map(text -> fit(TemplateRenderer.render(text, values), properties.signName(), properties.maxSegments()));
  }

  /** How many segments a text and the sign name take. */
  static int segments(String text, String signName) {
    int length = (text + signed(signName)).codePointCount(0, (text + signed(signName)).length());
    return length <= SEGMENT ? 1 : (length + LONG_SEGMENT - 1) / LONG_SEGMENT;
  }

  /** The text, cut to {@code maxSegments} with a closing "…" when it is longer. */
  static String fit(String text, String signName, int maxSegments) {
    if (segments(text, signName) <= maxSegments) {
      return text;
    }
    int budget = (maxSegments == 1 ? SEGMENT : maxSegments * LONG_SEGMENT) - signed(signName).length() - 1;
    int[] codePoints = text.codePoints().limit(Math.max(0, budget)).toArray();
    return new String(codePoints, 0, codePoints.length) + "…";
  }

  private static String signed(String signName) {
    return signName == null || signName.isBlank() ? "" : "【" + signName.strip() + "】";
  }

  private static String parse(ClassPathResource resource) {
    try (InputStream in = resource.getInputStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      String body = text.lines().filter(line -> !line.startsWith("#")).map(String::strip)
          .collect(Collectors.joining()).strip();
      if (body.isEmpty()) {
        throw new IllegalStateException(resource.getPath() + ": the short text is empty");
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
