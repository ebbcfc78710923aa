package org.creditcommitment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ShortTextsTest {

  private static final String SIGN = "某市政务服务中心";

  private static ShortTexts texts(int maxSegments) {
    return new ShortTexts(new ShortMessageProperties(ShortMessageProperties.Mode.LOG, null, null, null, SIGN, null,
        null, Duration.ofSeconds(5), Duration.ofSeconds(10), maxSegments, true));
  }

  /** Values as long as ordinary ones get: a case number, a date, a task name of the lifecycle. */
  private static Map<String, String> ordinaryValues(NotificationType type) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : type.variables()) {
      values.put(name, name.toLowerCase().contains("deadline") ? MailValues.format(name, LocalDate.of(2026, 11, 23))
          : "x".repeat(10));
    }
    values.put("taskName", "审查申请并作出行政许可决定");
    values.put(NotificationType.CASE_NO, "XY20261123000042");
    return values;
  }

  @Test
  void theApplicantsDeadlinesAndOfficialsNewAndOverdueTasksHaveShortTextsAndNothingElse() {
    ShortTexts texts = texts(3);
    List<NotificationType> withText = java.util.Arrays.stream(NotificationType.values()).filter(texts::has).toList();

    assertThat(withText).containsExactlyInAnyOrder(NotificationType.CONDITIONS_NOTICE,
        NotificationType.MATERIALS_REMINDER, NotificationType.CORRECTION_NOTICE, NotificationType.INSPECTION_NOTICE,
        NotificationType.RECTIFICATION_NOTICE, NotificationType.PRIOR_NOTICE, NotificationType.DEADLINE_REMINDER,
        NotificationType.ESCALATION, NotificationType.TASK_CREATED);
  }

  @Test
  void everyBuiltInTextFitsOneSegmentWithTheSignNameAndCarriesNoName() {
    ShortTexts texts = texts(3);
    for (NotificationType type : NotificationType.values()) {
      if (!texts.has(type)) {
        continue;
      }
      Map<String, String> values = ordinaryValues(type);
      values.replace("applicantName", "张三丰");
      values.replace("subjectName", "张三丰");
      String text = texts.render(type, values).orElseThrow();

      assertThat(ShortTexts.segments(text, SIGN)).as(type + ": " + text).isEqualTo(1);
      assertThat(text).as(type.name()).doesNotContain("张三丰").contains("XY20261123000042");
    }
  }

  @Test
  void aLongerTextGoesAsConcatenatedSegmentsAndIsCutWithAnEllipsisBeyondTheMost() {
    String twoSegments = "期".repeat(100);
    assertThat(ShortTexts.segments(twoSegments, null)).isEqualTo(2);
    assertThat(ShortTexts.fit(twoSegments, null, 3)).isEqualTo(twoSegments);

    String tooLong = "期".repeat(300);
    String cut = ShortTexts.fit(tooLong, SIGN, 3);
    assertThat(cut).endsWith("…");
    assertThat(ShortTexts.segments(cut, SIGN)).isEqualTo(3);

    String one = ShortTexts.fit(tooLong, SIGN, 1);
    assertThat(ShortTexts.segments(one, SIGN)).isEqualTo(1);
    assertThat((one + "【" + SIGN + "】").length()).isEqualTo(ShortTexts.SEGMENT);
  }
}
