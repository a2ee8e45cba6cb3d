package net.calkit.identity.domain.error;

import java.util.Objects;
import java.util.Optional;

/** 429: rate limited; retried with backoff, honouring {@code Retry-After} when sent. */
public final class RateLimitedException extends IdentityException {
  private static final long serialVersionUID = 1L;

  private final transient RetryAfter retryAfter;

  /** Creates the error with the parsed {@code Retry-After}, if any. */
  public RateLimitedException(Optional<RetryAfter> retryAfter, String body) {
    super(ErrorKind.RATE_LIMITED, 429,
        Objects.requireNonNull(retryAfter, "retryAfter == null").map(r -> "retry after " + describe(r)).orElse(""),
        body, null);
    this.retryAfter = retryAfter.orElse(null);
  }

  private static String describe(RetryAfter retryAfter) {
    return retryAfter instanceof RetryAfter.Delay
        ? ((RetryAfter.Delay) retryAfter).delay().toSeconds() + " s"
        : ((RetryAfter.At) retryAfter).instant().toString();
  }

  /** The server's {@code Retry-After}, when it sent a valid one. */
  public Optional<RetryAfter> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
