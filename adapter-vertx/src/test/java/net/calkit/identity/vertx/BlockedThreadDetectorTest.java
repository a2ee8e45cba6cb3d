package net.calkit.identity.vertx;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("StrictVertx detects what the adapter tests rule out")
class BlockedThreadDetectorTest {

  @Test
  @DisplayName("a blocked event loop is reported, so the 'no blocked-thread warning' checks can fail")
  void detectsBlocking() throws Exception {
    try (StrictVertx strict = new StrictVertx()) {
      CompletableFuture<Void> released = new CompletableFuture<>();
      // holds the event loop until the checker has warned (bounded at 15 s): a wait on a condition
      strict.vertx.runOnContext(ignored -> {
        long giveUp = System.nanoTime() + SECONDS.toNanos(15);
        while (strict.blockedWarnings.isEmpty() && System.nanoTime() < giveUp) {
          Thread.onSpinWait();
        }
        released.complete(null);
      });
      released.get(30, SECONDS);

      assertThat(strict.blockedWarnings).isNotEmpty();
      assertThatThrownBy(strict::assertClean).isInstanceOf(AssertionError.class)
          .hasMessageContaining("blocked-thread warnings");
    }
  }

  @Test
  @DisplayName("an exception nobody handled is reported")
  void detectsUnhandled() throws Exception {
    try (StrictVertx strict = new StrictVertx()) {
      CompletableFuture<Void> thrown = new CompletableFuture<>();
      strict.vertx.runOnContext(ignored -> {
        thrown.complete(null);
        throw new IllegalStateException("Promise already completed");
      });
      thrown.get(15, SECONDS);
      strict.vertx.runOnContext(ignored -> { });
      // the report happens after the handler returns: wait until it is there (bounded)
      CompletableFuture<Void> reported = CompletableFuture.runAsync(() -> {
        while (strict.unhandled.isEmpty()) {
          Thread.onSpinWait();
        }
      }).orTimeout(15, SECONDS);
      reported.get(20, SECONDS);

      assertThatThrownBy(strict::assertClean).isInstanceOf(AssertionError.class)
          .hasMessageContaining("exceptions nobody handled");
    }
  }
}
