package net.calkit.identity.domain.error;

import java.time.Duration;
import java.util.Objects;

/** An attempt ({@link Scope#ATTEMPT}, retried) or the whole call ({@link Scope#CALL}, final) ran out of time. */
public final class DeadlineExceededException extends IdentityException {
  private static final long serialVersionUID = 1L;

  /** Which deadline passed. */
  public enum Scope {
    /** One HTTP attempt; the call may retry. */
    ATTEMPT,
    /** The whole call, retries and backoff included. */
    CALL
  }

  private final Scope scope;
  private final Duration timeout;

  /** Creates the error for a deadline of {@code timeout}. */
  public DeadlineExceededException(Scope scope, Duration timeout) {
    super(ErrorKind.TIMEOUT, 0,
        (Objects.requireNonNull(scope, "scope == null") == Scope.CALL ? "call" : "attempt") + " did not complete within "
            + Objects.requireNonNull(timeout, "timeout == null").toMillis() + " ms",
        "", null);
    this.scope = scope;
    this.timeout = timeout;
  }

  /** Which deadline passed. */
  public Scope scope() {
    return scope;
  }

  /** The deadline's length. */
  public Duration timeout() {
    return timeout;
  }

  @Override
  public boolean isTransient() {
    return scope == Scope.ATTEMPT;
  }
}
