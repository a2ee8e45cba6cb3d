package net.calkit.identity.client;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scheduler.systemDefault(): one daemon thread")
class DaemonSchedulerTest {
  private static final String THREAD = "daemon-scheduler-test";

  private final CompletableFuture<Throwable> failure = new CompletableFuture<>();
  private final DaemonScheduler scheduler = new DaemonScheduler(THREAD, failure::complete);

  /** One scheduled task and what happened to it. */
  private static final class Probe {
    final long scheduledAt = System.nanoTime();
    final long delayMillis;
    final AtomicInteger runs = new AtomicInteger();
    final AtomicLong ranAt = new AtomicLong();
    final AtomicReference<String> thread = new AtomicReference<>();
    final CompletableFuture<Void> ran = new CompletableFuture<>();

    Probe(long delayMillis) {
      this.delayMillis = delayMillis;
    }

    Scheduler.Cancellable on(Scheduler scheduler) {
      return scheduler.schedule(Duration.ofMillis(delayMillis), this::run);
    }

    void run() {
      ranAt.set(System.nanoTime());
      thread.set(Thread.currentThread().getName());
      runs.incrementAndGet();
      ran.complete(null);
    }
  }

  @Test
  @DisplayName("the shared instance runs tasks on its daemon thread")
  void systemDefault() throws Exception {
    CompletableFuture<Thread> ranOn = new CompletableFuture<>();

    Scheduler.systemDefault().schedule(Duration.ZERO, () -> ranOn.complete(Thread.currentThread()));

    Thread thread = ranOn.get(15, SECONDS);
    assertThat(thread.getName()).isEqualTo("calkit-identity-scheduler");
    assertThat(thread.isDaemon()).isTrue();
  }

  @Test
  @DisplayName("every task runs once, on the scheduler's thread, never before its delay (4 threads, seeded delays)")
  void onceAndNeverEarly() throws Exception {
    long seed = new SplittableRandom().nextLong();
    List<Probe> probes = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      SplittableRandom random = new SplittableRandom(seed + t);
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 100; i++) {
          Probe probe = new Probe(random.nextInt(40));
          probes.add(probe);
          probe.on(scheduler);
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join(SECONDS.toMillis(10));
    }

    CompletableFuture.allOf(probes.stream().map(p -> p.ran).toArray(CompletableFuture[]::new)).get(15, SECONDS);
    assertThat(probes).as("seed %d", seed).hasSize(400).allSatisfy(probe -> {
      assertThat(probe.runs).hasValue(1);
      assertThat(probe.thread).hasValue(THREAD);
      assertThat(probe.ranAt.get() - probe.scheduledAt).isGreaterThanOrEqualTo(
          TimeUnit.MILLISECONDS.toNanos(probe.delayMillis));
    });
  }

  @Test
  @DisplayName("a task due earlier than the one the thread sleeps until wakes it")
  void earlierWakes() throws Exception {
    Probe late = new Probe(3_600_000);
    Scheduler.Cancellable lateHandle = late.on(scheduler);
    Probe early = new Probe(5);
    early.on(scheduler);

    early.ran.get(15, SECONDS);
    lateHandle.cancel();
    assertThat(late.runs).hasValue(0);
  }

  @Test
  @DisplayName("a task cancelled before it is due never runs; the ones around it do")
  void cancelled() throws Exception {
    long delay = 100;
    for (int attempt = 0; attempt < 5; attempt++) {
      Probe before = new Probe(delay - 50);
      Probe cancelled = new Probe(delay);
      Probe sentinel = new Probe(delay + 50);
      before.on(scheduler);
      long scheduled = System.nanoTime();
      Scheduler.Cancellable handle = cancelled.on(scheduler);
      handle.cancel();
      handle.cancel();
      long cancelledAfter = System.nanoTime() - scheduled;
      sentinel.on(scheduler);

      CompletableFuture.allOf(before.ran, sentinel.ran).get(15, SECONDS);
      if (cancelledAfter < TimeUnit.MILLISECONDS.toNanos(delay)) {
        // one thread runs tasks in due order: had the cancel failed, it would have run before the sentinel
        assertThat(cancelled.runs).hasValue(0);
        return;
      }
      // this thread stalled past the delay between scheduling and cancelling: inconclusive, try again
    }
    throw new AssertionError("the test thread stalled for 100 ms in all five attempts");
  }

  @Test
  @DisplayName("a failing task is reported and does not stop the thread")
  void failingTask() throws Exception {
    IllegalStateException boom = new IllegalStateException("boom");
    Probe after = new Probe(10);

    scheduler.schedule(Duration.ofMillis(10), () -> {
      throw boom;
    });
    after.on(scheduler);

    assertThat(failure.get(15, SECONDS)).isSameAs(boom);
    after.ran.get(15, SECONDS);
  }

  @Test
  @DisplayName("a task throwing an Error is reported and the thread goes on")
  void failingWithAnError() throws Exception {
    AssertionError error = new AssertionError("boom");
    Probe after = new Probe(10);

    scheduler.schedule(Duration.ofMillis(5), () -> {
      throw error;
    });
    after.on(scheduler);

    assertThat(failure.get(15, SECONDS)).isSameAs(error);
    after.ran.get(15, SECONDS);
    assertThat(after.thread).hasValue(THREAD);
  }

  @Test
  @DisplayName("an interrupt a task leaves behind is cleared before the next task (else every park would return at once)")
  void interruptCleared() throws Exception {
    CompletableFuture<Boolean> nextSawInterrupt = new CompletableFuture<>();

    scheduler.schedule(Duration.ofMillis(5), () -> Thread.currentThread().interrupt());
    scheduler.schedule(Duration.ofMillis(30), () -> nextSawInterrupt.complete(Thread.currentThread().isInterrupted()));

    assertThat(nextSawInterrupt.get(15, SECONDS)).isFalse();
  }

  @Test
  @DisplayName("zero, negative and huge delays: the first two run at once, the last is accepted")
  void edgeDelays() throws Exception {
    CompletableFuture<Void> zero = new CompletableFuture<>();
    CompletableFuture<Void> negative = new CompletableFuture<>();
    AtomicInteger huge = new AtomicInteger();

    Scheduler.Cancellable hugeHandle = scheduler.schedule(Duration.ofSeconds(Long.MAX_VALUE), huge::incrementAndGet);
    scheduler.schedule(Duration.ZERO, () -> zero.complete(null));
    scheduler.schedule(Duration.ofSeconds(-5), () -> negative.complete(null));

    CompletableFuture.allOf(zero, negative).get(15, SECONDS);
    hugeHandle.cancel();
    assertThat(huge).hasValue(0);
  }

  @Test
  @DisplayName("concurrent schedules and cancels: nothing runs twice, everything kept runs")
  void concurrent() throws Exception {
    long seed = new SplittableRandom().nextLong();
    int threads = 8;
    int perThread = 2_000;
    List<Probe> kept = Collections.synchronizedList(new ArrayList<>());
    List<Probe> all = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      SplittableRandom random = new SplittableRandom(seed + t);
      new Thread(() -> {
        try {
          for (int i = 0; i < perThread; i++) {
            Probe probe = new Probe(random.nextInt(4));
            all.add(probe);
            Scheduler.Cancellable handle = probe.on(scheduler);
            if (random.nextBoolean()) {
              handle.cancel();
            } else {
              kept.add(probe);
            }
          }
        } finally {
          done.countDown();
        }
      }).start();
    }
    assertThat(done.await(30, SECONDS)).isTrue();

    CompletableFuture.allOf(kept.stream().map(p -> p.ran).toArray(CompletableFuture[]::new)).get(30, SECONDS);
    assertThat(all).as("seed %d", seed).allSatisfy(probe -> assertThat(probe.runs.get()).isLessThanOrEqualTo(1));
  }
}
