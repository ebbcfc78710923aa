package org.creditcommitment.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The 双随机 draw: reproducible from its seed, fair to the configured share, never the accepting clerk. */
class InspectionDrawTest {

  private static final SupervisionProperties.Tier AAA = new SupervisionProperties.Tier(0.3, "P6M");
  private static final List<String> INSPECTORS = List.of("li", "wang", "zhao");

  @Test
  void theSameSeedGivesTheSameDraw() {
    for (long seed = 0; seed < 200; seed++) {
      assertThat(InspectionDraw.compute("XY1", seed, "AAA", AAA, INSPECTORS))
          .isEqualTo(InspectionDraw.compute("XY1", seed, "AAA", AAA, INSPECTORS));
    }
  }

  @Test
  void aboutTheConfiguredShareIsDrawn() {
    long drawn = LongStream.range(0, 10_000)
        .filter(seed -> InspectionDraw.compute("XY", seed, "AAA", AAA, INSPECTORS).selected()).count();
    assertThat(drawn).isBetween(2_800L, 3_200L);
  }

  @Test
  void everyInspectorCanBeDrawnAndOnlyTheDrawnCaseGetsOne() {
    var inspectors = LongStream.range(0, 500).mapToObj(seed -> InspectionDraw.compute("XY", seed, "A",
        new SupervisionProperties.Tier(1.0, ""), INSPECTORS)).map(InspectionDraw.Draw::inspector).distinct().toList();
    assertThat(inspectors).containsExactlyInAnyOrderElementsOf(INSPECTORS);
    assertThat(InspectionDraw.compute("XY", 7, "A", new SupervisionProperties.Tier(0.0, ""), INSPECTORS).inspector())
        .isNull();
  }

  @Test
  void aTiersOwnPeriodIsCarriedAndABlankOneMeansTheItems() {
    assertThat(InspectionDraw.compute("XY", 1, "AAA", AAA, INSPECTORS).within()).isEqualTo("P6M");
    assertThat(InspectionDraw.compute("XY", 1, "A", new SupervisionProperties.Tier(1.0, ""), INSPECTORS).within())
        .isNull();
  }
}
