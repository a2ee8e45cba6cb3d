package net.calkit.identity.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when told; {@link ManualScheduler} moves it as it runs due tasks. */
final class MutableClock extends Clock {
  static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(EPOCH);

  @Override
  public Instant instant() {
    return now.get();
  }

  void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  /** Moves to {@code instant} unless the clock is already past it. */
  void moveTo(Instant instant) {
    now.updateAndGet(current -> instant.isAfter(current) ? instant : current);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("MutableClock is UTC only");
  }
}
