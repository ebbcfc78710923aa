package org.creditcommitment.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The built-in templates ({@code classpath:mail/<type>.txt}) and an operator's replacements in
 * {@code cc.notification.template-dir}. Replacements are read at every render, so an edit takes
 * effect without a restart. A broken replacement never stops a mail: it is logged and the built-in
 * template is used instead. Built-in templates are checked at start-up and by a unit test.
 */
@Component
class MailTemplates {

  private static final Logger log = LoggerFactory.getLogger(MailTemplates.class);

  private final Path overrideDir;
  private final Map<NotificationType, MailTemplate> builtIn = new EnumMap<>(NotificationType.class);

  @Autowired
  MailTemplates(NotificationProperties properties) {
    this(properties.templateDir());
  }

  MailTemplates(Path overrideDir) {
    this.overrideDir = overrideDir;
    for (NotificationType type : NotificationType.values()) {
      MailTemplate template = MailTemplate.parse("classpath:mail/" + type.templateFile(), readBuiltIn(type));
      template.requireOnly(allowedVariables(type));
      builtIn.put(type, template);
    }
    for (NotificationType type : NotificationType.values()) {
      override(type);
    }
  }

  static Set<String> allowedVariables(NotificationType type) {
    Set<String> allowed = new LinkedHashSet<>(type.variables());
    allowed.add(NotificationType.CASE_NO);
    return allowed;
  }

  MailTemplate.RenderedMail render(NotificationType type, Map<String, String> values) {
    MailTemplate override = override(type);
    if (override != null) {
      try {
        return override.render(values);
      } catch (IllegalArgumentException e) {
        log.error("Template {} cannot be rendered ({}); using the built-in one", override.source(), e.getMessage());
      }
    }
    return builtIn.get(type).render(values);
  }

  /** The operator's template for this type, or null when there is none or it is broken (logged). */
  private MailTemplate override(NotificationType type) {
    if (overrideDir == null) {
      return null;
    }
    Path file = overrideDir.resolve(type.templateFile());
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      MailTemplate template = MailTemplate.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      template.requireOnly(allowedVariables(type));
      return template;
    } catch (IOException | IllegalArgumentException e) {
      log.error("Ignoring mail template {}: {}", file.toAbsolutePath(), e.getMessage());
      return null;
    }
  }

  private static String readBuiltIn(NotificationType type) {
    ClassPathResource resource = new ClassPathResource("mail/" + type.templateFile());
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Missing built-in mail template " + resource.getPath(), e);
    }
  }
}
