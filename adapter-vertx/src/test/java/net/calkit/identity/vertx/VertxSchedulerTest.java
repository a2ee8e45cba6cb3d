package net.calkit.identity.vertx;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import net.calkit.identity.client.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VertxScheduler")
class VertxSchedulerTest {
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, SECONDS);
  }

  @Test
  @DisplayName("runs the task once, on an event loop")
  void runs() throws Exception {
    CompletableFuture<Boolean> ranOnEventLoop = new CompletableFuture<>();

    VertxScheduler.create(vertx).schedule(Duration.ofMillis(5),
        () -> ranOnEventLoop.complete(Context.isOnEventLoopThread()));

    assertThat(ranOnEventLoop.get(15, SECONDS)).isTrue();
  }

  @Test
  @DisplayName("scheduled from a context, the task runs on that context")
  void sameContext() throws Exception {
    Context context = vertx.getOrCreateContext();
    CompletableFuture<Context> ranOn = new CompletableFuture<>();

    context.runOnContext(ignored -> VertxScheduler.create(vertx).schedule(Duration.ZERO,
        () -> ranOn.complete(Vertx.currentContext())));

    assertThat(ranOn.get(15, SECONDS)).isSameAs(context);
  }

  @Test
  @DisplayName("a cancelled task never runs, while a later one on the same event loop does")
  void cancel() throws Exception {
    Context context = vertx.getOrCreateContext();
    AtomicBoolean cancelledRan = new AtomicBoolean();
    CompletableFuture<Void> laterRan = new CompletableFuture<>();

    context.runOnContext(ignored -> {
      Scheduler scheduler = VertxScheduler.create(vertx);
      Scheduler.Cancellable cancelled = scheduler.schedule(Duration.ofMillis(20), () -> cancelledRan.set(true));
      scheduler.schedule(Duration.ofMillis(60), () -> laterRan.complete(null));
      cancelled.cancel();
      cancelled.cancel();
    });

    laterRan.get(15, SECONDS);
    assertThat(cancelledRan).isFalse();
  }

  @Test
  @DisplayName("delays round up to whole milliseconds, at least 1 ms")
  void rounding() {
    assertThat(VertxScheduler.toMillis(Duration.ZERO)).isEqualTo(1);
    assertThat(VertxScheduler.toMillis(Duration.ofMillis(-5))).isEqualTo(1);
    assertThat(VertxScheduler.toMillis(Duration.ofNanos(1))).isEqualTo(1);
    assertThat(VertxScheduler.toMillis(Duration.ofMillis(7))).isEqualTo(7);
    assertThat(VertxScheduler.toMillis(Duration.ofNanos(7_000_001))).isEqualTo(8);
    assertThat(VertxScheduler.toMillis(Duration.ofSeconds(Long.MAX_VALUE))).isPositive();
  }
}
