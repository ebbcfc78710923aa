package org.creditcommitment.bench;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of a set of durations in nanoseconds, reported in milliseconds. */
public record Stats(int count, double p50, double p99, double max, double mean) {

  public static Stats ofNanos(Collection<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    if (sorted.length == 0) {
      return new Stats(0, 0, 0, 0, 0);
    }
    return new Stats(sorted.length, ms(at(sorted, 0.50)), ms(at(sorted, 0.99)), ms(sorted[sorted.length - 1]),
        ms((long) Arrays.stream(sorted).average().orElse(0)));
  }

  /** Nearest-rank percentile. */
  private static long at(long[] sorted, double quantile) {
    int rank = (int) Math.ceil(quantile * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
