package net.calkit.identity.client;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.TransportException;
import org.jspecify.annotations.Nullable;

/**
 * Turns whatever an adapter or store failed with into something safe to hand to callers. Foreign
 * exceptions keep their class names and stack traces but lose their messages, which may quote a
 * request (and so a token).
 */
final class Failures {
  private static final int MAX_CAUSE_DEPTH = 8;

  private Failures() {}

  /** Strips the wrappers {@link java.util.concurrent.CompletableFuture} adds. */
  static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /** The typed failure of an adapter stage: an {@link IdentityException} as is, anything else redacted. */
  static IdentityException fromAdapter(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof IdentityException) {
      return (IdentityException) cause;
    }
    return new TransportException("adapter failed with " + cause.getClass().getName(), redact(cause));
  }

  /**
   * Whether the server certainly did not act on the request: 429 and 503 are answered before any work is
   * done. After any other fault (a transport error, an attempt timeout, a 500/502/504) it may have.
   */
  static boolean certainlyNotProcessed(IdentityException failure) {
    return failure instanceof RateLimitedException
        || (failure instanceof ServerErrorException && failure.status().orElse(0) == 503);
  }

  /** A failure for an adapter that broke its contract without throwing, e.g. by returning null. */
  static IdentityException contractBroken(String what) {
    return new TransportException("adapter " + what, null);
  }

  /**
   * A copy of {@code failure} and its causes that keeps class names and stack traces but no message.
   * {@link IdentityException}s are kept as they are: their messages are safe by construction.
   */
  static Throwable redact(Throwable failure) {
    return redact(failure, 0);
  }

  private static Throwable redact(Throwable failure, int depth) {
    if (failure instanceof IdentityException) {
      return failure;
    }
    Throwable cause = failure.getCause();
    Redacted copy = new Redacted(failure.getClass().getName(),
        cause == null || cause == failure || depth >= MAX_CAUSE_DEPTH ? null : redact(cause, depth + 1));
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }

  /** Stands in for a foreign exception: its class name, its stack trace, never its message. */
  static final class Redacted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Redacted(String className, @Nullable Throwable cause) {
      super(className + " (message redacted)", cause, false, true);
    }
  }
}
