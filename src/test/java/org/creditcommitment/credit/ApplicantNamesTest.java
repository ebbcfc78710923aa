package org.creditcommitment.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicantNamesTest {

  @Test
  void fullWidthAndHalfWidthParenthesesAndSurroundingSpacesCompareEqual() {
    assertThat(ApplicantNames.comparable(" 汕尾市鸿运(集团)有限公司 "))
        .isEqualTo(ApplicantNames.comparable("汕尾市鸿运（集团）有限公司"));
    assertThat(ApplicantNames.comparable("汕尾市鸿运（集团）有限公司"))
        .isNotEqualTo(ApplicantNames.comparable("汕尾市鸿运集团有限公司"));
  }
}
