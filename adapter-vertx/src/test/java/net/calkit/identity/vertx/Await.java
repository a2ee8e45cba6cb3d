package net.calkit.identity.vertx;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Waits for stages with a timeout: a stage that does not complete within 15 s fails the test. */
final class Await {
  private Await() {}

  /** The stage's value. */
  static <T> T value(CompletionStage<T> stage) throws Exception {
    try {
      return stage.toCompletableFuture().get(15, SECONDS);
    } catch (TimeoutException hang) {
      throw new AssertionError("the stage did not complete within 15 s", hang);
    }
  }

  /** The stage's failure; fails the test if it succeeds or hangs. */
  static Throwable failure(CompletionStage<?> stage) throws Exception {
    Object value;
    try {
      value = stage.toCompletableFuture().get(15, SECONDS);
    } catch (ExecutionException failed) {
      return failed.getCause();
    } catch (TimeoutException hang) {
      throw new AssertionError("the stage did not complete within 15 s", hang);
    }
    throw new AssertionError("expected a failure, but the stage completed with " + value);
  }
}
