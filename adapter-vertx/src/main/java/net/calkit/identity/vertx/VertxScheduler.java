package net.calkit.identity.vertx;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Objects;
import net.calkit.identity.client.Scheduler;

/**
 * A {@link Scheduler} on Vert.x timers, so backoff waits and deadlines of an
 * {@link net.calkit.identity.client.IdentityClient} run on event loops instead of a separate thread.
 * A task scheduled from a Vert.x context runs on that context; from another thread, on an event loop.
 * Delays are rounded up to whole milliseconds, at least 1 ms (Vert.x's timer resolution).
 */
public final class VertxScheduler implements Scheduler {
  private final Vertx vertx;

  private VertxScheduler(Vertx vertx) {
    this.vertx = vertx;
  }

  /** A scheduler on {@code vertx}'s timers. */
  public static VertxScheduler create(Vertx vertx) {
    return new VertxScheduler(Objects.requireNonNull(vertx, "vertx == null"));
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    Objects.requireNonNull(delay, "delay == null");
    Objects.requireNonNull(task, "task == null");
    long id = vertx.setTimer(toMillis(delay), ignored -> task.run());
    return () -> vertx.cancelTimer(id);
  }

  static long toMillis(Duration delay) {
    if (delay.isNegative() || delay.isZero()) {
      return 1;
    }
    if (delay.compareTo(Duration.ofDays(365_000)) > 0) {
      return Duration.ofDays(365_000).toMillis();
    }
    long millis = delay.toMillis();
    return delay.equals(Duration.ofMillis(millis)) ? Math.max(1, millis) : millis + 1;
  }
}
