package net.calkit.identity.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Scheduler} on virtual time: tasks run only inside {@link #advance}, on the calling thread,
 * in due order, with the {@link MutableClock} moved to each task's due time first. Records every
 * requested delay so tests can assert backoff lengths without waiting.
 */
final class ManualScheduler implements Scheduler {
  private final MutableClock clock;
  private final List<Task> pending = new ArrayList<>();
  private final List<Task> all = new ArrayList<>();
  private long sequence;

  ManualScheduler(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Cancellable schedule(Duration delay, Runnable task) {
    Task scheduled = new Task(clock.instant().plus(delay), sequence++, delay, task);
    pending.add(scheduled);
    all.add(scheduled);
    return () -> cancel(scheduled);
  }

  private synchronized void cancel(Task task) {
    task.cancelled = true;
    pending.remove(task);
  }

  /** Moves time forward by {@code duration}, running every task that falls due, including new ones. */
  void advance(Duration duration) {
    Instant target = clock.instant().plus(duration);
    while (true) {
      Task next;
      synchronized (this) {
        Optional<Task> due = pending.stream()
            .filter(task -> !task.due.isAfter(target))
            .min(Comparator.comparing((Task task) -> task.due).thenComparingLong(task -> task.sequence));
        if (due.isEmpty()) {
          break;
        }
        next = due.get();
        pending.remove(next);
        next.ran = true;
      }
      clock.moveTo(next.due);
      next.runnable.run();
    }
    clock.moveTo(target);
  }

  /** Every delay ever requested, in order. */
  synchronized List<Duration> requestedDelays() {
    return all.stream().map(task -> task.delay).toList();
  }

  /** Delays requested other than {@code exclude} (typically the call timeout), in order. */
  synchronized List<Duration> requestedDelaysExcept(Duration exclude) {
    return all.stream().map(task -> task.delay).filter(delay -> !delay.equals(exclude)).toList();
  }

  /** Tasks neither run nor cancelled. */
  synchronized int pendingCount() {
    return pending.size();
  }

  /** How many scheduled tasks were cancelled before they ran. */
  synchronized long cancelledCount() {
    return all.stream().filter(task -> task.cancelled && !task.ran).count();
  }

  private static final class Task {
    final Instant due;
    final long sequence;
    final Duration delay;
    final Runnable runnable;
    boolean cancelled;
    boolean ran;

    Task(Instant due, long sequence, Duration delay, Runnable runnable) {
      this.due = due;
      this.sequence = sequence;
      this.delay = delay;
      this.runnable = runnable;
    }
  }
}
