package org.creditcommitment.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.creditcommitment.commitment.EndState;
import org.junit.jupiter.api.Test;

class StatisticsCsvTest {

  @Test
  void fulfilmentRateIsKeptOverKeptAndPunishedAndNullWithoutEither() {
    Tally t = new Tally();
    t.endStates.put(EndState.FULFILLED, 1L);
    t.endStates.put(EndState.FULFILLED_AFTER_RECTIFICATION, 1L);
    t.endStates.put(EndState.PUNISHED, 1L);
    t.endStates.put(EndState.DENIED, 5L);
    assertThat(Figures.of(Figures.Level.ITEM, "d", "d", "i", "i", t, null).fulfilmentRate())
        .isEqualByComparingTo("0.6667");
    assertThat(Figures.of(Figures.Level.ITEM, "d", "d", "i", "i", new Tally(), null).fulfilmentRate()).isNull();
  }

  @Test
  void aRateWithOnlyPunishedCasesIsAZeroNotAnUnknown() {
    Tally t = new Tally();
    t.endStates.put(EndState.PUNISHED, 2L);
    t.endStates.put(EndState.STANDARD_REVIEW, 3L);
    Figures f = Figures.of(Figures.Level.ITEM, "d", "d", "i", "i", t, null);
    assertThat(f.fulfilmentRate()).isNotNull().isEqualByComparingTo("0");
    assertThat(f.push().timeliness()).as("nothing approved: no denominator").isNull();
    assertThat(StatisticsCsv.percent(f.fulfilmentRate())).isEqualTo("0");
    assertThat(StatisticsCsv.percent(f.push().timeliness())).isEmpty();
  }

  @Test
  void ratesArePercentagesAndEmptyWithoutDenominator() {
    assertThat(StatisticsCsv.percent(new BigDecimal("0.6667"))).isEqualTo("66.67");
    assertThat(StatisticsCsv.percent(new BigDecimal("1.0000"))).isEqualTo("100");
    assertThat(StatisticsCsv.percent(new BigDecimal("0.0000"))).isEqualTo("0");
    assertThat(StatisticsCsv.percent(null)).isEmpty();
  }

  @Test
  void namesWithCommasQuotesOrFormulaCharactersStayInertText() {
    Tally t = new Tally();
    t.applications = 1;
    Figures item = Figures.of(Figures.Level.ITEM, "d", "部门,一", "I-1", "=HYPERLINK(\"x\")", t, null);
    Figures department = Figures.of(Figures.Level.DEPARTMENT, "d", "部门,一", null, null, t, null);
    Figures total = Figures.of(Figures.Level.TOTAL, null, "合计", null, null, t, new Figures.CreditServices(1, 2, 1));
    String csv = StatisticsCsv.write(new StatisticsReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
        OffsetDateTime.now(), Statistics.labels(), List.of(item), List.of(department), total, List.of(), List.of(),
        List.of()));

    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[1]).startsWith("事项,d,\"部门,一\",I-1,\"'=HYPERLINK(\"\"x\"\")\",1,");
    assertThat(lines[2]).startsWith("部门小计,d,\"部门,一\",,,1,");
    assertThat(lines[3]).startsWith("合计,,合计,,,1,").contains(",1,2,1,");
    assertThat(lines[0].split(",")).hasSize(StatisticsCsv.headers().size());
  }
}
