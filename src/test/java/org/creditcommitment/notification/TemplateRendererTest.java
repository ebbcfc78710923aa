package org.creditcommitment.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateRendererTest {

  @Test
  void replacesEveryPlaceholderWithItsValueLiterally() {
    String text = TemplateRenderer.render("${name}，请于${date}前签署，费用 $5，${name}。",
        Map.of("name", "张三", "date", "2025年3月5日"));

    assertThat(text).isEqualTo("张三，请于2025年3月5日前签署，费用 $5，张三。");
  }

  @Test
  void valuesWithDollarSignsAndBackslashesAreNotInterpreted() {
    assertThat(TemplateRenderer.render("路径：${path}", Map.of("path", "C:\\mail\\${x} $1")))
        .isEqualTo("路径：C:\\mail\\${x} $1");
  }

  @Test
  void aPlaceholderWithoutValueIsAnErrorNotAGap() {
    assertThatThrownBy(() -> TemplateRenderer.render("${name} ${deadline}", Map.of("name", "张三")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deadline");
  }

  @Test
  void malformedPlaceholdersAreRefused() {
    assertThatThrownBy(() -> TemplateRenderer.placeholders("请于 ${deadline 前")).hasMessageContaining("malformed");
    assertThatThrownBy(() -> TemplateRenderer.placeholders("${1st}")).hasMessageContaining("malformed");
    assertThatThrownBy(() -> TemplateRenderer.placeholders("${a.b}")).hasMessageContaining("malformed");
    assertThat(TemplateRenderer.placeholders("${a}${b} $ {c} ${a}")).containsExactly("a", "b");
  }

  @Test
  void templateFileNeedsSubjectBlankLineAndBody() {
    MailTemplate template = MailTemplate.parse("t", "# comment\n主题 ${caseNo}\n\n正文\n第二行\n");
    assertThat(template.subject()).isEqualTo("主题 ${caseNo}");
    assertThat(template.body()).isEqualTo("正文\n第二行\n");

    assertThatThrownBy(() -> MailTemplate.parse("t", "主题\n正文")).hasMessageContaining("blank line");
    assertThatThrownBy(() -> MailTemplate.parse("t", "# only a comment\n")).hasMessageContaining("subject");
    assertThatThrownBy(() -> MailTemplate.parse("t", "主题\n\n  \n")).hasMessageContaining("body is empty");
  }

  @Test
  void datesReadAsChineseDatesAndTimesInBeijingTime() {
    assertThat(MailValues.format("d", LocalDate.of(2025, 3, 5))).isEqualTo("2025年3月5日");
    assertThat(MailValues.format("d", LocalDateTime.of(2025, 3, 5, 9, 7))).isEqualTo("2025年3月5日 09:07");
    assertThat(MailValues.format("d", Instant.parse("2025-03-05T01:07:00Z"))).isEqualTo("2025年3月5日 09:07");
    assertThat(MailValues.format("n", new java.math.BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(MailValues.format("n", 15)).isEqualTo("15");
    assertThatThrownBy(() -> MailValues.format("x", new Object())).hasMessageContaining("'x'");
  }
}
