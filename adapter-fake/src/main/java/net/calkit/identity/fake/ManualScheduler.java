package net.calkit.identity.fake;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import net.calkit.identity.client.Scheduler;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Scheduler} whose time moves only in {@link #advance}: tests run delays, backoff and deadlines
 * without sleeping. Tasks run on the thread that calls {@link #advance}, in due order (ties in the order
 * scheduled), including tasks scheduled by tasks while they fall within the advanced window. When built
 * with a {@link ManualClock}, the clock moves along. A task that throws ends the advance there and the
 * exception reaches the caller; later tasks stay scheduled. Thread-safe.
 */
public final class ManualScheduler implements Scheduler {
  private final @Nullable ManualClock clock;
  private final PriorityQueue<Task> tasks = new PriorityQueue<>();
  private Duration elapsed = Duration.ZERO;
  private long sequence;

  private static final class Task implements Comparable<Task> {
    final Duration due;
    final long order;
    final Runnable runnable;
    volatile boolean cancelled;

    Task(Duration due, long order, Runnable runnable) {
      this.due = due;
      this.order = order;
      this.runnable = runnable;
    }

    @Override
    public int compareTo(Task other) {
      int byDue = due.compareTo(other.due);
      return byDue != 0 ? byDue : Long.compare(order, other.order);
    }
  }

  /** A scheduler with its own time, starting at zero. */
  public ManualScheduler() {
    this.clock = null;
  }

  /** A scheduler that also moves {@code clock} as its time advances. */
  public ManualScheduler(ManualClock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    Objects.requireNonNull(delay, "delay == null");
    Objects.requireNonNull(task, "task == null");
    Task scheduled;
    synchronized (this) {
      Duration wait = delay.isNegative() ? Duration.ZERO : delay;
      scheduled = new Task(elapsed.plus(wait), sequence++, task);
      tasks.add(scheduled);
    }
    return () -> {
      synchronized (this) {
        scheduled.cancelled = true;
        tasks.remove(scheduled);
      }
    };
  }

  /** Moves time forward by {@code duration}, running every task that falls due, in order. */
  public void advance(Duration duration) {
    Objects.requireNonNull(duration, "duration == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
    Duration target;
    synchronized (this) {
      target = elapsed.plus(duration);
    }
    while (true) {
      Task next;
      synchronized (this) {
        next = tasks.peek();
        if (next == null || next.due.compareTo(target) > 0) {
          moveTo(target);
          return;
        }
        tasks.poll();
        moveTo(next.due);
      }
      if (!next.cancelled) {
        next.runnable.run();
      }
    }
  }

  /** Runs the tasks due now (scheduled with no delay) without moving time. */
  public void runDue() {
    advance(Duration.ZERO);
  }

  private void moveTo(Duration to) {
    if (to.compareTo(elapsed) > 0) {
      if (clock != null) {
        clock.advance(to.minus(elapsed));
      }
      elapsed = to;
    }
  }

  /** How many tasks wait to run (cancelled ones are gone). */
  public synchronized int pending() {
    return tasks.size();
  }

  /** When the next task is due, counted from now. */
  public synchronized Optional<Duration> nextDelay() {
    Task next = tasks.peek();
    return next == null ? Optional.empty() : Optional.of(next.due.minus(elapsed));
  }

  /** How far time has moved since creation. */
  public synchronized Duration elapsed() {
    return elapsed;
  }

  @Override
  public synchronized String toString() {
    return "ManualScheduler[elapsed=" + elapsed + ", pending=" + tasks.size() + "]";
  }
}
