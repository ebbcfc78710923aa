package org.creditcommitment.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every built-in template renders with exactly the variables its type declares. */
class MailTemplatesTest {

  @TempDir
  Path overrides;

  private static Map<String, String> sampleValues(NotificationType type) {
    Map<String, String> values = new LinkedHashMap<>();
    type.variables().forEach(name -> values.put(name, "«" + name + "»"));
    values.put(NotificationType.CASE_NO, "CC-2025-000123");
    return values;
  }

  @ParameterizedTest
  @EnumSource(NotificationType.class)
  void builtInTemplateUsesEveryDeclaredVariableAndNoOther(NotificationType type) {
    MailTemplates templates = new MailTemplates(overrides);

    MailTemplate.RenderedMail mail = templates.render(type, sampleValues(type));

    assertThat(mail.subject()).doesNotContain("${").doesNotContain("\n").isNotBlank();
    assertThat(mail.body()).doesNotContain("${");
    assertThat(mail.subject() + mail.body()).contains("CC-2025-000123");
    type.variables().forEach(name -> assertThat(mail.subject() + mail.body()).as(type + " uses " + name)
        .contains("«" + name + "»"));
  }

  @ParameterizedTest
  @EnumSource(NotificationType.class)
  void aMissingDeclaredVariableFailsTheRender(NotificationType type) {
    Map<String, String> values = sampleValues(type);
    values.remove(type.variables().get(0));

    assertThatThrownBy(() -> new MailTemplates(overrides).render(type, values))
        .hasMessageContaining(type.variables().get(0));
  }

  @Test
  void everyTypeHasItsOwnTemplateFile() {
    assertThat(NotificationType.CONDITIONS_NOTICE.templateFile()).isEqualTo("conditions-notice.txt");
    assertThat(java.util.Arrays.stream(NotificationType.values()).map(NotificationType::templateFile).distinct())
        .hasSize(NotificationType.values().length);
  }

  @Test
  void anOperatorsTemplateReplacesTheBuiltInOneWithoutRestart() throws IOException {
    MailTemplates templates = new MailTemplates(overrides);
    NotificationType type = NotificationType.DECISION_DENIED;
    assertThat(templates.render(type, sampleValues(type)).subject()).startsWith("【不予许可】");

    write(type, "本中心决定：${caseNo}\n\n${applicantName}，${itemName} 不予许可：${reason}\n");

    MailTemplate.RenderedMail mail = templates.render(type, sampleValues(type));
    assertThat(mail.subject()).isEqualTo("本中心决定：CC-2025-000123");
    assertThat(mail.body()).isEqualTo("«applicantName»，«itemName» 不予许可：«reason»\n");
  }

  @Test
  void aBrokenOperatorTemplateFallsBackToTheBuiltInOne() throws IOException {
    NotificationType type = NotificationType.DECISION_DENIED;
    write(type, "主题 ${caseNo}\n\n${applicantName} ${licenceNumber}\n");

    MailTemplate.RenderedMail mail = new MailTemplates(overrides).render(type, sampleValues(type));

    assertThat(mail.subject()).startsWith("【不予许可】");
  }

  private void write(NotificationType type, String text) throws IOException {
    Files.writeString(overrides.resolve(type.templateFile()), text, StandardCharsets.UTF_8);
  }
}
