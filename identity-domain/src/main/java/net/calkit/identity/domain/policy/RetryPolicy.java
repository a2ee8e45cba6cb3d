package net.calkit.identity.domain.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.RateLimitedException;

/**
 * When to retry a failed attempt and how long to wait: full-jitter exponential backoff. Retries what
 * {@link IdentityException#isTransient()} says is transient (408, 429, 500, 502, 503, 504, transport
 * faults, attempt timeouts) and never another 4xx. The delay before retry {@code n} (1-based) is uniform
 * in {@code [0, min(cap, base * 2^(n-1))]}, with base {@link #throttleBase()} for 429 and
 * {@link #transientBase()} otherwise; a {@code Retry-After} is a floor. When the floor is beyond the
 * cap the policy gives up rather than wait longer than the cap.
 *
 * @param maxAttempts attempts in all, the first included (at least 1)
 * @param transientBase the base delay for server errors and transport faults
 * @param throttleBase the base delay for 429
 * @param cap the longest delay
 */
public record RetryPolicy(int maxAttempts, Duration transientBase, Duration throttleBase, Duration cap) {

  // declared first: the constants below run the constructor during class initialization
  private static final Duration MAX_NANOS = Duration.ofNanos(Long.MAX_VALUE);

  /** Default attempts in all = 3. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  /** Default base delay for transient faults = 100 ms. */
  public static final Duration DEFAULT_TRANSIENT_BASE = Duration.ofMillis(100);
  /** Default base delay for throttling = 1 s. */
  public static final Duration DEFAULT_THROTTLE_BASE = Duration.ofSeconds(1);
  /** Default longest delay = 20 s. */
  public static final Duration DEFAULT_CAP = Duration.ofSeconds(20);

  /** The defaults above. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_TRANSIENT_BASE, DEFAULT_THROTTLE_BASE, DEFAULT_CAP);

  /** A policy that never retries. */
  public static final RetryPolicy NONE = new RetryPolicy(1, DEFAULT_TRANSIENT_BASE, DEFAULT_THROTTLE_BASE, DEFAULT_CAP);

  /** Validates the settings. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    requirePositive(transientBase, "transientBase");
    requirePositive(throttleBase, "throttleBase");
    requirePositive(cap, "cap");
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, () -> name + " == null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    // decide() works in nanoseconds; refuse here what would overflow there (about 292 years)
    if (value.compareTo(MAX_NANOS) >= 0) {
      throw new IllegalArgumentException(name + " is too long: " + value);
    }
  }

  /**
   * Decides after attempt {@code failedAttempt} (1-based) failed with {@code failure}.
   *
   * @param now the current time, for an HTTP-date {@code Retry-After}
   * @param random the jitter source
   */
  public RetryDecision decide(int failedAttempt, Throwable failure, Instant now, RandomGenerator random) {
    if (!(failure instanceof IdentityException) || !((IdentityException) failure).isTransient()) {
      return RetryDecision.giveUp("not retryable: " + describe(failure));
    }
    if (failedAttempt >= maxAttempts) {
      return RetryDecision.giveUp("attempts exhausted: " + failedAttempt + " of " + maxAttempts);
    }
    boolean throttled = failure instanceof RateLimitedException;
    Duration ceiling = backoffCeiling(failedAttempt, throttled ? throttleBase : transientBase);
    long jitteredNanos = ceiling.isZero() ? 0 : random.nextLong(ceiling.toNanos() + 1);
    Duration delay = Duration.ofNanos(jitteredNanos);
    if (throttled) {
      Duration floor = ((RateLimitedException) failure).retryAfter().map(r -> r.delayFrom(now)).orElse(Duration.ZERO);
      if (floor.compareTo(cap) > 0) {
        return RetryDecision.giveUp("Retry-After " + floor.toSeconds() + " s is beyond the cap of " + cap.toSeconds() + " s");
      }
      if (floor.compareTo(delay) > 0) {
        delay = floor;
      }
    }
    return new RetryDecision.Retry(delay);
  }

  /** {@code min(cap, base * 2^(failedAttempt-1))}, without overflow. */
  Duration backoffCeiling(int failedAttempt, Duration base) {
    int shift = Math.min(Math.max(failedAttempt - 1, 0), 62);
    long baseNanos = base.toNanos();
    long capNanos = cap.toNanos();
    if (baseNanos > (capNanos >> shift)) {
      return cap;
    }
    return Duration.ofNanos(baseNanos << shift);
  }

  private static String describe(Throwable failure) {
    return failure instanceof IdentityException ? ((IdentityException) failure).kind().label()
        : failure.getClass().getSimpleName();
  }
}
