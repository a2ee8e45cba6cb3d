package net.calkit.identity.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.calkit.identity.client.Scheduler;

/** A scheduler that runs tasks only when the test advances its time. */
final class ManualScheduler implements Scheduler {
  private final List<Task> tasks = new ArrayList<>();
  private Duration now = Duration.ZERO;

  private static final class Task {
    final Duration due;
    final Runnable runnable;
    boolean cancelled;

    Task(Duration due, Runnable runnable) {
      this.due = due;
      this.runnable = runnable;
    }
  }

  @Override
  public synchronized Cancellable schedule(Duration delay, Runnable task) {
    Task t = new Task(now.plus(delay), task);
    tasks.add(t);
    return () -> {
      synchronized (ManualScheduler.this) {
        t.cancelled = true;
      }
    };
  }

  /** Moves time forward and runs every task now due. */
  void advance(Duration by) {
    List<Runnable> due = new ArrayList<>();
    synchronized (this) {
      now = now.plus(by);
      for (Task t : List.copyOf(tasks)) {
        if (t.due.compareTo(now) <= 0) {
          tasks.remove(t);
          if (!t.cancelled) {
            due.add(t.runnable);
          }
        }
      }
    }
    due.forEach(Runnable::run);
  }

  synchronized int pending() {
    return (int) tasks.stream().filter(t -> !t.cancelled).count();
  }
}
