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
 *
 * <p>Tasks scheduled from threads outside Vert.x (up to a day ahead) share one Vert.x timer, so that the
 * deadline a call sets and cancels costs neither a context nor a wake-up of an event loop.
 */
public final class VertxScheduler implements Scheduler {
  /** Longer delays take a timer of their own; they are rare, and a day keeps due times far from overflow. */
  private static final long SHARED_MAX_MILLIS = Duration.ofDays(1).toMillis();

  private final Vertx vertx;
  private final SharedTimer shared;

  private VertxScheduler(Vertx vertx) {
    this.vertx = vertx;
    this.shared = new SharedTimer(vertx);
  }

  /** A scheduler on {@code vertx}'s timers. */
  public static VertxScheduler create(Vertx vertx) {
    return new VertxScheduler(Objects.requireNonNull(vertx, "vertx == null"));
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    Objects.requireNonNull(delay, "delay == null");
    Objects.requireNonNull(task, "task == null");
    long millis = toMillis(delay);
    if (Vertx.currentContext() == null && millis <= SHARED_MAX_MILLIS) {
      return shared.schedule(millis, task);
    }
    long id = vertx.setTimer(millis, ignored -> task.run());
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
