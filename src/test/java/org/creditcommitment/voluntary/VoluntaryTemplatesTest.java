package org.creditcommitment.voluntary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;

import org.creditcommitment.catalogue.CommitmentCategory;
import org.junit.jupiter.api.Test;

/** The operator's voluntary templates: a voluntary commitment is 主动型 or 行业自律型, nothing else. */
class VoluntaryTemplatesTest {

  private static final String TEMPLATE = """
      templates:
        - code: ZD-TEST
          name: 诚信经营承诺
          category: 主动型
          department: scjg
          validity: P1Y
          review: 5WD
          text: "{subjectName}（{subjectCode}）承诺诚信经营。"
      """;

  @Test
  void aVoluntaryTemplateIsOnlyVoluntaryOrSelfDisciplineAndAnApplicationOrRepairCategoryIsRefusedNamingIt() {
    assertThat(VoluntaryTemplates.parse("t.yaml", new StringReader(TEMPLATE), Set.of("scjg")).get("ZD-TEST")
        .category()).isEqualTo(CommitmentCategory.VOLUNTARY);
    for (String category : new String[] {"审批替代型", "证明事项型", "信用修复型", "其他"}) {
      assertThatThrownBy(() -> VoluntaryTemplates.parse("t.yaml",
          new StringReader(TEMPLATE.replace("主动型", category)), Set.of("scjg")))
          .as(category).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("templates[0].category").hasMessageContaining("ZD-TEST")
          .hasMessageContaining(category).hasMessageContaining("主动型 or 行业自律型");
    }
  }
}
