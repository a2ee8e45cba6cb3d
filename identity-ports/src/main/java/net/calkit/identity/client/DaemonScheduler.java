package net.calkit.identity.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * {@link Scheduler#systemDefault()}: one daemon thread, started on first use.
 *
 * <p>Every call schedules a deadline and cancels it moments later. A {@code ScheduledThreadPoolExecutor}
 * wakes its thread twice for that (the new task becomes the head of its queue, then the head is removed),
 * under a lock shared with the caller. Here scheduling is an insertion into a concurrent sorted map and
 * cancelling a removal; the thread is woken only for a task due earlier than the one it sleeps until, so
 * for same-length deadlines only when it has nothing else to wait for.
 */
final class DaemonScheduler implements Scheduler {
  static final DaemonScheduler INSTANCE = new DaemonScheduler("calkit-identity-scheduler", null);

  /** Longer delays are capped, so that due times stay far from overflow (about 146 years). */
  private static final long MAX_DELAY_NANOS = Long.MAX_VALUE / 4;

  /** One scheduled task; ordered by due time, then by scheduling order. */
  private record Key(long due, long sequence) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byDue = Long.compare(due, other.due);
      return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
    }
  }

  private final String threadName;
  /** Where a failing task's exception goes; null for the thread's uncaught-exception handler. */
  private final @Nullable Consumer<Throwable> failures;
  private final ConcurrentSkipListMap<Key, Runnable> tasks = new ConcurrentSkipListMap<>();
  private final AtomicLong sequence = new AtomicLong();
  /** The earliest due time scheduled since the thread last looked; {@code Long.MAX_VALUE} for none. */
  private final AtomicLong earliestNew = new AtomicLong(Long.MAX_VALUE);
  /** The due time the thread sleeps until; {@code Long.MAX_VALUE} while it looks at the tasks or has none. */
  private volatile long sleepsUntil = Long.MAX_VALUE;
  private volatile @Nullable Thread thread;

  DaemonScheduler(String threadName, @Nullable Consumer<Throwable> failures) {
    this.threadName = threadName;
    this.failures = failures;
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    long nanos = delay.isNegative() ? 0 : delay.compareTo(Duration.ofNanos(MAX_DELAY_NANOS)) > 0
        ? MAX_DELAY_NANOS : delay.toNanos();
    Key key = new Key(System.nanoTime() + nanos, sequence.incrementAndGet());
    tasks.put(key, task);
    // A handshake with the thread, which clears sleepsUntil and then takes earliestNew: if the read below
    // still sees it asleep until no later than this task, it will wake in time and find it; otherwise wake it.
    earliestNew.accumulateAndGet(key.due(), Math::min);
    if (key.due() < sleepsUntil) {
      LockSupport.unpark(thread());
    }
    return () -> tasks.remove(key);
  }

  private Thread thread() {
    Thread current = thread;
    if (current == null || !current.isAlive()) {
      synchronized (this) {
        current = thread;
        // a thread that died (it should not: run() catches everything) is replaced, not waited for
        if (current == null || !current.isAlive()) {
          current = new Thread(this::loop, threadName);
          current.setDaemon(true);
          current.start();
          thread = current;
        }
      }
    }
    return current;
  }

  private void loop() {
    while (true) {
      sleepsUntil = Long.MAX_VALUE;
      long fresh = earliestNew.getAndSet(Long.MAX_VALUE);
      long now = System.nanoTime();
      Map.Entry<Key, Runnable> first;
      while ((first = tasks.firstEntry()) != null && first.getKey().due() - now <= 0) {
        if (tasks.remove(first.getKey(), first.getValue())) {
          run(first.getValue());
        }
      }
      // fresh may belong to a task cancelled since, or one run just now: then the thread wakes for nothing
      long due = Math.min(fresh, first == null ? Long.MAX_VALUE : first.getKey().due());
      sleepsUntil = due;
      // a schedule() that saw Long.MAX_VALUE above has unparked this thread: its permit ends the park at once
      if (due == Long.MAX_VALUE) {
        LockSupport.park(this);
      } else if (due - System.nanoTime() > 0) {
        LockSupport.parkNanos(this, due - System.nanoTime());
      }
    }
  }

  private void run(Runnable task) {
    try {
      task.run();
    } catch (Throwable failed) {
      // one failing task must not stop the thread that runs everybody's deadlines, whatever it threw
      report(failed);
    } finally {
      // an interrupt a task left behind would turn every later park into a busy loop
      Thread.interrupted();
    }
  }

  private void report(Throwable failed) {
    try {
      if (failures != null) {
        failures.accept(failed);
      } else {
        Thread current = Thread.currentThread();
        current.getUncaughtExceptionHandler().uncaughtException(current, failed);
      }
    } catch (Throwable ignored) {
      // the report itself failed: nothing is left to tell, and the thread must go on
    }
  }
}
