package net.calkit.identity.reliability;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.calkit.identity.client.Scheduler;

/** Records every delay asked of a scheduler (backoff waits and deadlines), then delegates. */
final class RecordingScheduler implements Scheduler {
  private final Scheduler delegate;
  private final List<Duration> delays = new CopyOnWriteArrayList<>();

  RecordingScheduler(Scheduler delegate) {
    this.delegate = delegate;
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    delays.add(delay);
    return delegate.schedule(delay, task);
  }

  /** Every delay asked for so far. */
  List<Duration> delays() {
    return List.copyOf(delays);
  }
}
