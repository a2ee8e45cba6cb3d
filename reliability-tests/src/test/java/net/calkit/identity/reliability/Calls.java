package net.calkit.identity.reliability;

import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for stages with a timeout (a hang guard, never a speed assertion). */
final class Calls {
  private Calls() {}

  /** The value of {@code stage}; fails the test if it failed. */
  static <T> T value(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(Stack.WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException failed) {
      throw new AssertionError("the call failed: " + failed.getCause(), failed.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("the call did not complete: " + e, e);
    }
  }

  /** The failure of {@code stage}, unwrapped; fails the test if it succeeded. */
  static Throwable failure(CompletionStage<?> stage) {
    try {
      Object value = stage.toCompletableFuture().get(Stack.WAIT_SECONDS, TimeUnit.SECONDS);
      throw new AssertionError("the call succeeded with " + value + " but should have failed");
    } catch (ExecutionException failed) {
      return unwrap(failed.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("the call did not complete: " + e, e);
    }
  }

  static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    // plain Java, no AssertJ: this runs on event loops in the load test, where AssertJ's first use
    // (a class-path scan) would block the loop
    return Objects.requireNonNull(current, "failure == null");
  }
}
