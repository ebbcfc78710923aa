package org.creditcommitment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.creditcommitment.system.ClockConfig;

/**
 * The clock of the shared test context: real time until a test sets or advances it. Tests that move
 * it call {@link #reset()} afterwards so that other tests see real time again.
 */
public class MutableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;
  private volatile Instant fixed;

  @Override
  public ZoneId getZone() {
    return ClockConfig.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    Instant now = fixed != null ? fixed : Instant.now();
    return now.plus(offset);
  }

  /** Freezes time at the given instant. */
  public void setInstant(Instant instant) {
    this.fixed = instant;
    this.offset = Duration.ZERO;
  }

  public void advance(Duration duration) {
    this.offset = offset.plus(duration);
  }

  public void reset() {
    this.fixed = null;
    this.offset = Duration.ZERO;
  }
}
