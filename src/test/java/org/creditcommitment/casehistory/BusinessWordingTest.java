package org.creditcommitment.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How the business view words times and deadlines, without a database. */
class BusinessWordingTest {

  @Test
  void aDeadlineAtBeijingMidnightReadsAsTheEndOfThePreviousDay() {
    assertThat(DisplayFormat.due(Instant.parse("2026-12-14T16:00:00Z"))).isEqualTo("2026年12月14日（当日24:00止）");
    assertThat(DisplayFormat.due(Instant.parse("2026-12-14T08:30:00Z"))).isEqualTo("2026年12月14日 16:30");
    assertThat(DisplayFormat.due((Object) "2026-01-04T16:00:00Z")).isEqualTo("2026年1月4日（当日24:00止）");
  }

  @Test
  void valuesReadAsChinese() {
    assertThat(DisplayFormat.text(true)).isEqualTo("是");
    assertThat(DisplayFormat.text("false")).isEqualTo("否");
    assertThat(DisplayFormat.text("2026-03-01")).isEqualTo("2026年3月1日");
    assertThat(DisplayFormat.text("2026-03-01T02:05:00.120Z")).isEqualTo("2026年3月1日 10:05");
    assertThat(DisplayFormat.text(List.of("甲", "乙"))).isEqualTo("甲、乙");
    assertThat(DisplayFormat.isEmpty("  ")).isTrue();
    assertThat(DisplayFormat.duration(3L * 86_400_000 + 7_200_000)).isEqualTo("3天2小时");
    assertThat(DisplayFormat.duration(5_000L)).isEqualTo("不足1分钟");
  }

  @Test
  void departmentGroupsCountAsTheirRole() {
    assertThat(Actors.role(List.of("approver", "approver-scjg"))).isEqualTo("审批");
    assertThat(Actors.role(List.of("inspector-wsjk"))).isEqualTo("核查");
    assertThat(Actors.role(List.of("camunda-admin"))).isEqualTo("系统管理员");
    assertThat(Actors.role(List.of("unrelated"))).isNull();
  }
}
