package net.calkit.identity.vertx;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import net.calkit.identity.client.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SharedTimer: tasks from threads outside Vert.x on one timer")
class SharedTimerTest {
  private final Vertx vertx = Vertx.vertx();
  private final SharedTimer timer = new SharedTimer(vertx);

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, SECONDS);
  }

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

    void run() {
      ranAt.set(System.nanoTime());
      thread.set(Context.isOnEventLoopThread() ? "event loop" : Thread.currentThread().getName());
      runs.incrementAndGet();
      ran.complete(null);
    }
  }

  @Test
  @DisplayName("every task runs once, on an event loop, never before its delay (4 threads, seeded delays)")
  void onceAndNeverEarly() throws Exception {
    long seed = new SplittableRandom().nextLong();
    List<Probe> probes = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      SplittableRandom random = new SplittableRandom(seed + t);
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 100; i++) {
          Probe probe = new Probe(random.nextInt(40));
          probes.add(probe);
          timer.schedule(probe.delayMillis, probe::run);
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
      assertThat(probe.thread).hasValue("event loop");
      assertThat(probe.ranAt.get() - probe.scheduledAt).isGreaterThanOrEqualTo(
          TimeUnit.MILLISECONDS.toNanos(probe.delayMillis));
    });
  }

  @Test
  @DisplayName("a task due earlier than the armed one re-arms the timer")
  void earlierRearms() throws Exception {
    Probe late = new Probe(3_600_000);
    Scheduler.Cancellable lateHandle = timer.schedule(late.delayMillis, late::run);
    Probe early = new Probe(5);
    timer.schedule(early.delayMillis, early::run);

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
      timer.schedule(before.delayMillis, before::run);
      long scheduled = System.nanoTime();
      Scheduler.Cancellable handle = timer.schedule(cancelled.delayMillis, cancelled::run);
      handle.cancel();
      handle.cancel();
      long cancelledAfter = System.nanoTime() - scheduled;
      timer.schedule(sentinel.delayMillis, sentinel::run);

      CompletableFuture.allOf(before.ran, sentinel.ran).get(15, SECONDS);
      if (cancelledAfter < TimeUnit.MILLISECONDS.toNanos(delay)) {
        // the sentinel is due later and tasks run in due order: had the cancel failed, it would have run
        assertThat(cancelled.runs).hasValue(0);
        return;
      }
      // this thread stalled past the delay between scheduling and cancelling: inconclusive, try again
    }
    throw new AssertionError("the test thread stalled for 100 ms in all five attempts");
  }

  @Test
  @DisplayName("a failing task reaches Vert.x's exception handler and does not stop the others")
  void failingTask() throws Exception {
    CompletableFuture<Throwable> reported = new CompletableFuture<>();
    vertx.exceptionHandler(reported::complete);
    IllegalStateException boom = new IllegalStateException("boom");
    Probe after = new Probe(10);

    timer.schedule(10, () -> {
      throw boom;
    });
    timer.schedule(after.delayMillis, after::run);

    assertThat(reported.get(15, SECONDS)).isSameAs(boom);
    after.ran.get(15, SECONDS);
  }

  @Test
  @DisplayName("concurrent schedules and cancels: nothing runs twice, nothing kept runs late forever")
  void concurrent() throws Exception {
    long seed = new SplittableRandom().nextLong();
    int threads = 8;
    int perThread = 2_000;
    List<Probe> kept = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Probe> all = java.util.Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      SplittableRandom random = new SplittableRandom(seed + t);
      new Thread(() -> {
        try {
          for (int i = 0; i < perThread; i++) {
            Probe probe = new Probe(random.nextInt(4));
            all.add(probe);
            Scheduler.Cancellable handle = timer.schedule(probe.delayMillis, probe::run);
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

  @Test
  @DisplayName("once Vert.x is closed, scheduling fails at once instead of leaving a task that never runs")
  void closedVertx() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, SECONDS);

    Throwable refused = null;
    try {
      timer.schedule(5, () -> { });
    } catch (RuntimeException e) {
      refused = e;
    }
    assertThat(refused).isNotNull();
  }
}
