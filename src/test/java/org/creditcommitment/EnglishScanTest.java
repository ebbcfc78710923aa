package org.creditcommitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishScanTest {

  @Test
  void reportsEnglishUiWordsButNotCodesIdsOrTheEngineName() {
    assertThat(EnglishScan.offenders("请选择 Select 操作 Actions")).containsExactly("Select", "Actions");
    assertThat(EnglishScan.offenders("等级 AAA 编号 XY20261130000001 实例 ce80ebcc-ec9a-11f1-becc-02fc00000001"))
        .isEmpty();
    assertThat(EnglishScan.offenders("技术支持： Camunda Platform / v7.24.0")).isEmpty();
  }
}
