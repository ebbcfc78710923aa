package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.creditcommitment.credit.FulfilmentStatus;
import org.junit.jupiter.api.Test;

/** 履行状态 of an inspection round in the national vocabulary. */
class FulfilmentStatusTest {

  @Test
  void keptAtTheFirstInspectionIsFullAfterARectificationPartialAndOtherwiseNone() {
    assertThat(FeedBackInspectionDelegate.fulfilment(true, "inspection")).isEqualTo(FulfilmentStatus.FULL);
    assertThat(FeedBackInspectionDelegate.fulfilment(true, "reinspection")).isEqualTo(FulfilmentStatus.PARTIAL);
    assertThat(FeedBackInspectionDelegate.fulfilment(false, "inspection")).isEqualTo(FulfilmentStatus.NONE);
    assertThat(FeedBackInspectionDelegate.fulfilment(false, "reinspection")).isEqualTo(FulfilmentStatus.NONE);
  }
}
