package org.creditcommitment.report.yearly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The yearly report is the credit office's: its code must be an organisation's, or the verification page masks it. */
class YearlyReportPropertiesTest {

  @Test
  void anOfficeCodeThatIsNoValidOrganisationsCodeStopsTheStart() {
    assertThat(new YearlyReportProperties("11445281MB2C00070H", 20, "0 0 2 * * ?").automaticDay()).isEqualTo(20);
    assertThatThrownBy(() -> new YearlyReportProperties("11445281MB2C00070A", 20, "0 0 2 * * ?"))
        .hasMessageContaining("cc.yearly-report.office-code");
    assertThatThrownBy(() -> new YearlyReportProperties("110101199003074514", 20, "0 0 2 * * ?"))
        .hasMessageContaining("cc.yearly-report.office-code");
    assertThatThrownBy(() -> new YearlyReportProperties("11445281MB2C00070H", 32, "0 0 2 * * ?"))
        .hasMessageContaining("automatic-day");
  }
}
