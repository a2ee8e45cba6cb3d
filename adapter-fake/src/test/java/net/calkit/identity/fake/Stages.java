package net.calkit.identity.fake;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** Reads stages in tests: waits with a timeout, never sleeps. */
final class Stages {
  private Stages() {}

  /** The value of a stage that must already be complete (the fake completes synchronously without delays). */
  static <T> T value(CompletionStage<T> stage) {
    CompletableFuture<T> future = stage.toCompletableFuture();
    assertThat(future.isDone()).as("the stage must complete before the call returns").isTrue();
    try {
      return future.get(5, SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("expected a value but the stage failed with " + e.getCause(), e.getCause());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The failure of a stage that must already be complete. */
  static Throwable failure(CompletionStage<?> stage) {
    CompletableFuture<?> future = stage.toCompletableFuture();
    assertThat(future.isDone()).as("the stage must complete before the call returns").isTrue();
    try {
      Object value = future.get(5, SECONDS);
      throw new AssertionError("expected a failure but the stage completed with " + value);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
