package net.calkit.identity.client;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** {@link Scheduler#systemDefault()}: one daemon thread; cancelled tasks are removed at once. */
final class DaemonScheduler implements Scheduler {
  static final DaemonScheduler INSTANCE = new DaemonScheduler();

  private final ScheduledThreadPoolExecutor executor;

  private DaemonScheduler() {
    executor = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "calkit-identity-scheduler");
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    ScheduledFuture<?> future = executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }
}
