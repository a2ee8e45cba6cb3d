package net.calkit.identity.fake;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Per-endpoint FIFO queues of scripted faults; the common case (nothing scripted) reads one volatile int. */
final class FaultScript {
  private final Map<FakeEndpoint, ArrayDeque<Entry>> queues = new EnumMap<>(FakeEndpoint.class);
  private volatile int entries;

  private static final class Entry {
    final Fault fault;
    int remaining;

    Entry(Fault fault, int remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  synchronized void add(FakeEndpoint endpoint, int times, Fault fault) {
    queues.computeIfAbsent(endpoint, e -> new ArrayDeque<>()).addLast(new Entry(fault, times));
    entries++;
  }

  @Nullable Fault next(FakeEndpoint endpoint) {
    if (entries == 0) {
      return null;
    }
    synchronized (this) {
      ArrayDeque<Entry> queue = queues.get(endpoint);
      Entry head = queue == null ? null : queue.peekFirst();
      if (head == null) {
        return null;
      }
      if (head.remaining != Integer.MAX_VALUE && --head.remaining == 0) {
        queue.removeFirst();
        entries--;
      }
      return head.fault;
    }
  }

  synchronized int pending(FakeEndpoint endpoint) {
    ArrayDeque<Entry> queue = queues.get(endpoint);
    long total = 0;
    if (queue != null) {
      for (Entry entry : queue) {
        total += entry.remaining;
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, total);
  }

  synchronized void clear() {
    queues.clear();
    entries = 0;
  }
}
