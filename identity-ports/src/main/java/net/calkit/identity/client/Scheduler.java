package net.calkit.identity.client;

import java.time.Duration;

/**
 * Runs a task after a delay: backoff waits and deadlines. Injected, so tests drive time by hand and
 * never sleep; {@code adapter-vertx} offers one on Vert.x timers.
 */
@FunctionalInterface
public interface Scheduler {

  /** Runs {@code task} once after {@code delay}; the task must not block. */
  Cancellable schedule(Duration delay, Runnable task);

  /** A handle to a scheduled task. */
  @FunctionalInterface
  interface Cancellable {
    /** Cancels the task if it has not run; idempotent. */
    void cancel();
  }

  /** A shared scheduler on one daemon thread, for applications without their own. */
  static Scheduler systemDefault() {
    return DaemonScheduler.INSTANCE;
  }
}
