package org.creditcommitment.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.creditcommitment.system.Hashing;
import org.junit.jupiter.api.Test;

/** The commitment letter renders every required part, and its hash changes with any change of text. */
class LetterTemplateTest {

  private static ServiceItem item(String template) {
    return new ServiceItem("T-001", "食品经营许可", "scjg", true, null,
        Set.of(CommitmentType.NOTIFY_COMMIT, CommitmentType.TOLERATE_MISSING), CommitmentCategory.APPROVAL_SUBSTITUTE,
        Map.of(), new ServiceItem.Periods("5WD", "10WD", "20WD", "P3M", "15WD"), "有固定经营场所", "符合通则",
        template, List.of("申请书", "营业执照"));
  }

  private static LetterTemplate.Letter letter(ServiceItem item, CommitmentType type, List<String> missing) {
    return new LetterTemplate.Letter("XY20261123000001", item, "市场监督管理局", type, "汕尾市海韵食品有限公司",
        "91441500MA4UH0AA2K", missing);
  }

  @Test
  void generalTemplateStatesConditionsStandardsConsequencesAndPeriods() {
    String text = LetterTemplate.render(letter(item(null), CommitmentType.NOTIFY_COMMIT, List.of()));
    assertThat(text).contains("XY20261123000001", "食品经营许可", "汕尾市海韵食品有限公司", "有固定经营场所", "符合通则",
        "虚假承诺或违反承诺的后果", "3个月", "15个工作日", "5个工作日内签署", "1. 申请书").doesNotContain("容缺材料", "${");
  }

  @Test
  void tolerateMissingLetterListsTheMissingMaterialsAndTheirPeriod() {
    String text = LetterTemplate.render(letter(item(null), CommitmentType.TOLERATE_MISSING, List.of("营业执照")));
    assertThat(text).contains("容缺材料", "20个工作日内补齐", "1. 营业执照");
  }

  @Test
  void itemTemplateReplacesTheGeneralOne() {
    String text = LetterTemplate.render(letter(item("本人 ${applicantName} 承诺办理 ${itemName}。"),
        CommitmentType.NOTIFY_COMMIT, List.of()));
    assertThat(text).isEqualTo("本人 汕尾市海韵食品有限公司 承诺办理 食品经营许可。");
  }

  @Test
  void anyChangeOfTheTextChangesItsHash() {
    String text = LetterTemplate.render(letter(item(null), CommitmentType.NOTIFY_COMMIT, List.of()));
    assertThat(Hashing.sha256(text)).hasSize(64).isEqualTo(Hashing.sha256(text))
        .isNotEqualTo(Hashing.sha256(text.replace("真实", "真寔")));
  }

  @Test
  void periodTextReadsAsOfficialsWriteIt() {
    assertThat(LetterTemplate.periodText("10WD")).isEqualTo("10个工作日");
    assertThat(LetterTemplate.periodText("P3M")).isEqualTo("3个月");
    assertThat(LetterTemplate.periodText("P15D")).isEqualTo("15日");
    assertThat(LetterTemplate.periodText("PT4H")).isEqualTo("4小时");
    assertThat(LetterTemplate.periodText("PT90M")).isEqualTo("90分钟");
    assertThat(LetterTemplate.periodText("PT20S")).isEqualTo("20秒");
  }

  @Test
  void placeholderWithoutValueIsAnError() {
    assertThatThrownBy(() -> org.creditcommitment.system.Templates.render("${missing}", Map.of()))
        .hasMessageContaining("${missing}");
  }
}
