package net.calkit.identity.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Shows that the load test's blocked-thread check can fail: a blocked event loop is seen and captured. */
class BlockedThreadCaptureTest {

  @Test
  @DisplayName("an event loop held past the threshold produces a captured blocked-thread warning")
  void blockedEventLoopIsCaptured() {
    try (LogCapture logs = LogCapture.start()) {
      Vertx vertx = Stack.vertx(new ConnectionMetrics());
      try {
        // hold the event loop until the checker has reported it (spinning, not sleeping), at most 30 s
        vertx.runOnContext(ignored -> {
          long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
          while (!logs.firstBlockedThreadWarning().isDone() && System.nanoTime() < end) {
            Thread.onSpinWait();
          }
        });
        String warning = Stack.await(logs.firstBlockedThreadWarning());
        assertThat(warning).contains("has been blocked for");
        assertThat(logs.blockedThreadWarnings()).isNotEmpty();
      } finally {
        Stack.await(vertx.close());
      }
    }
  }
}
