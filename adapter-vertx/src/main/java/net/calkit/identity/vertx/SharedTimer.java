package net.calkit.identity.vertx;

import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import net.calkit.identity.client.Scheduler;

/**
 * Tasks scheduled from threads outside Vert.x, sharing one Vert.x timer armed for the earliest of them.
 *
 * <p>{@link Vertx#setTimer} called outside Vert.x creates a context and hands the timer to an event loop,
 * waking it, for every task; a whole-call deadline is set and cancelled on every call, and nearly never
 * fires. Here scheduling is an insertion into a concurrent sorted map, and cancelling a removal; the Vert.x
 * timer is touched only when a task is due earlier than the one armed (for same-length deadlines, only the
 * first), and when it fires.
 *
 * <p>Tasks never run before their delay; each due task runs once, on the firing timer's event loop, through
 * {@code runOnContext}, so an exception reaches Vert.x's exception handler like any timer's.
 */
final class SharedTimer {
  /** One scheduled task; ordered by due time, then by scheduling order. */
  private record Key(long due, long sequence) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byDue = Long.compare(due, other.due);
      return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
    }
  }

  private final Vertx vertx;
  private final ConcurrentSkipListMap<Key, Runnable> tasks = new ConcurrentSkipListMap<>();
  private final AtomicLong sequence = new AtomicLong();
  /** The earliest due time scheduled since {@link #arm} last looked; {@code Long.MAX_VALUE} for none. */
  private final AtomicLong earliestNew = new AtomicLong(Long.MAX_VALUE);
  /** The due time the Vert.x timer is armed for; {@code Long.MAX_VALUE} while none is, or while re-arming. */
  private volatile long armedFor = Long.MAX_VALUE;
  /** The armed Vert.x timer, -1 for none; guarded by {@code this}. */
  private long timerId = -1;
  /** What {@link #timerId} is armed for; guarded by {@code this}. */
  private long timerDue;

  SharedTimer(Vertx vertx) {
    this.vertx = vertx;
  }

  /** Runs {@code task} after {@code delayMillis} (at most a day, so that due times cannot overflow). */
  Scheduler.Cancellable schedule(long delayMillis, Runnable task) {
    Key key = new Key(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis), sequence.incrementAndGet());
    tasks.put(key, task);
    // A handshake with arm(), which clears armedFor and then takes earliestNew: if the read below still
    // sees the timer armed, arm() has not cleared it yet and will take this due time (or a timer armed no
    // later than it is still standing); if it sees the flag cleared or a later time, this thread arms.
    earliestNew.accumulateAndGet(key.due(), Math::min);
    if (key.due() < armedFor) {
      try {
        arm();
      } catch (RuntimeException refused) {
        // Vert.x refuses timers once closed: the caller learns it now, and nothing is left behind
        tasks.remove(key);
        throw refused;
      }
    }
    return () -> tasks.remove(key);
  }

  private synchronized void arm() {
    armedFor = Long.MAX_VALUE;
    long fresh = earliestNew.getAndSet(Long.MAX_VALUE);
    Map.Entry<Key, Runnable> first = tasks.firstEntry();
    // fresh may belong to a task cancelled since: the timer then fires for nothing and re-arms
    long due = Math.min(fresh, first == null ? Long.MAX_VALUE : first.getKey().due());
    if (due == Long.MAX_VALUE) {
      cancelTimer();
      return;
    }
    if (timerId != -1 && timerDue <= due) {
      armedFor = timerDue;
      return;
    }
    cancelTimer();
    long delayNanos = due - System.nanoTime();
    long delayMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(delayNanos) + 1);
    timerDue = due;
    timerId = vertx.setTimer(delayMillis, this::fire);
    armedFor = due;
  }

  private void cancelTimer() {
    if (timerId != -1) {
      vertx.cancelTimer(timerId);
      timerId = -1;
    }
  }

  private void fire(long id) {
    synchronized (this) {
      if (id != timerId) {
        return;
      }
      timerId = -1;
    }
    long now = System.nanoTime();
    Map.Entry<Key, Runnable> first;
    while ((first = tasks.firstEntry()) != null && first.getKey().due() <= now) {
      Runnable task = first.getValue();
      if (tasks.remove(first.getKey(), task)) {
        vertx.runOnContext(ignored -> task.run());
      }
    }
    arm();
  }
}
