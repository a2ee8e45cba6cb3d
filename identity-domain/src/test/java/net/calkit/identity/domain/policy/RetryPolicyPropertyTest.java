package net.calkit.identity.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.calkit.identity.domain.Seeded;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.InsufficientScopeException;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.InvalidRequestException;
import net.calkit.identity.domain.error.InvalidResponseException;
import net.calkit.identity.domain.error.LockedException;
import net.calkit.identity.domain.error.NotFoundException;
import net.calkit.identity.domain.error.PaymentRequiredException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.RetryAfter;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.domain.error.UnauthorizedException;
import net.calkit.identity.domain.error.UnexpectedStatusException;
import org.junit.jupiter.api.Test;

class RetryPolicyPropertyTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  /** A policy, the attempt that failed, the failure, and the jitter seed: one generated case. */
  record Case(RetryPolicy policy, int failedAttempt, Throwable failure, long jitterSeed) {
    @Override
    public String toString() {
      return "Case[" + policy + ", failedAttempt=" + failedAttempt + ", failure=" + failure + "]";
    }
  }

  static Duration duration(SplittableRandom random, long minMillis, long maxMillis) {
    return Duration.ofMillis(random.nextLong(minMillis, maxMillis + 1)).plusNanos(random.nextInt(1_000_000));
  }

  static RetryPolicy policy(SplittableRandom random) {
    return new RetryPolicy(random.nextInt(1, 11), duration(random, 0, 5_000), duration(random, 0, 5_000),
        duration(random, 0, 60_000));
  }

  static Optional<RetryAfter> retryAfter(SplittableRandom random) {
    switch (random.nextInt(3)) {
      case 0:
        return Optional.empty();
      case 1:
        return Optional.of(new RetryAfter.Delay(Duration.ofMillis(random.nextLong(0, 120_000))));
      default:
        return Optional.of(new RetryAfter.At(NOW.plusMillis(random.nextLong(-10_000, 120_000))));
    }
  }

  static Throwable transientFailure(SplittableRandom random) {
    switch (random.nextInt(5)) {
      case 0:
        return new RateLimitedException(retryAfter(random), "");
      case 1:
        return new ServerErrorException(List.of(500, 502, 503, 504).get(random.nextInt(4)), "");
      case 2:
        return new TransportException("reset", new IOException("reset"));
      case 3:
        return new DeadlineExceededException(DeadlineExceededException.Scope.ATTEMPT, Duration.ofSeconds(1));
      default:
        return new UnexpectedStatusException(408, "", "");
    }
  }

  static Throwable terminalFailure(SplittableRandom random) {
    switch (random.nextInt(14)) {
      case 0:
        return new UnauthorizedException(401, "", "");
      case 1:
        return new PaymentRequiredException(402, "", "");
      case 2:
        return new InsufficientScopeException(403, "", "");
      case 3:
        return new NotFoundException(404, "", "");
      case 4:
        return new InvalidRequestException(422, "", List.of(), "");
      case 5:
        return new LockedException(423, "", "");
      case 6:
        return new InvalidGrantException(400, "", "{\"error\":\"invalid_grant\"}");
      case 7:
        return new InvalidResponseException(200, "not JSON", "<html>");
      case 8:
        int status;
        do {
          status = random.nextInt(400, 500);
        } while (status == 408);
        return new UnexpectedStatusException(status, "", "");
      case 9:
        return new UnexpectedStatusException(random.nextInt(300, 400), "redirect not followed", "");
      case 10:
        return new ServerErrorException(List.of(501, 505, 507, 511).get(random.nextInt(4)), "");
      case 11:
        return new DeadlineExceededException(DeadlineExceededException.Scope.CALL, Duration.ofSeconds(1));
      case 12:
        return new InvalidRequestException(400, "invalid_client", List.of(), "");
      default:
        return new IllegalStateException("not an identity exception");
    }
  }

  static Seeded.Gen<Case> cases(boolean transientOnly) {
    return random -> {
      RetryPolicy policy = policy(random);
      Throwable failure = transientOnly || random.nextBoolean() ? transientFailure(random) : terminalFailure(random);
      return new Case(policy, random.nextInt(1, policy.maxAttempts() + 2), failure, random.nextLong());
    };
  }

  @Test
  void delaysAreWithinZeroAndTheCapAndHonourRetryAfter() {
    Seeded.forAll(cases(true), c -> {
      RetryDecision decision = c.policy().decide(c.failedAttempt(), c.failure(), NOW,
          new SplittableRandom(c.jitterSeed()));
      Optional<Duration> floor = c.failure() instanceof RateLimitedException
          ? ((RateLimitedException) c.failure()).retryAfter().map(r -> r.delayFrom(NOW))
          : Optional.empty();
      if (c.failedAttempt() >= c.policy().maxAttempts()) {
        assertThat(decision).isInstanceOf(RetryDecision.GiveUp.class);
      } else if (floor.isPresent() && floor.get().compareTo(c.policy().cap()) > 0) {
        assertThat(decision).as("Retry-After beyond the cap gives up").isInstanceOf(RetryDecision.GiveUp.class);
      } else {
        assertThat(decision).isInstanceOf(RetryDecision.Retry.class);
        Duration delay = ((RetryDecision.Retry) decision).delay();
        assertThat(delay).isBetween(Duration.ZERO, c.policy().cap());
        floor.ifPresent(f -> assertThat(delay).as("at least Retry-After").isGreaterThanOrEqualTo(f));
        if (floor.isEmpty()) {
          Duration base = c.failure() instanceof RateLimitedException ? c.policy().throttleBase()
              : c.policy().transientBase();
          Duration exponential = base.multipliedBy(1L << Math.min(c.failedAttempt() - 1, 30));
          Duration ceiling = exponential.compareTo(c.policy().cap()) < 0 ? exponential : c.policy().cap();
          assertThat(delay).as("within min(cap, base * 2^(n-1))").isLessThanOrEqualTo(ceiling);
        }
      }
    });
  }

  @Test
  void nonRetryableFailuresAreNeverRetried() {
    Seeded.Gen<Case> terminal = random -> {
      RetryPolicy policy = policy(random);
      return new Case(policy, random.nextInt(1, policy.maxAttempts() + 1), terminalFailure(random), random.nextLong());
    };
    Seeded.forAll(terminal, c -> assertThat(c.policy().decide(c.failedAttempt(), c.failure(), NOW,
        new SplittableRandom(c.jitterSeed()))).isInstanceOf(RetryDecision.GiveUp.class));
  }

  @Test
  void attemptsNeverExceedMaxAttempts() {
    Seeded.forAll(cases(false), c -> {
      SplittableRandom jitter = new SplittableRandom(c.jitterSeed());
      int attempts = 1;
      while (c.policy().decide(attempts, c.failure(), NOW, jitter) instanceof RetryDecision.Retry) {
        attempts++;
        assertThat(attempts).isLessThanOrEqualTo(c.policy().maxAttempts());
      }
      boolean retryable = c.failure() instanceof net.calkit.identity.domain.error.IdentityException
          && ((net.calkit.identity.domain.error.IdentityException) c.failure()).isTransient();
      boolean hintBeyondCap = c.failure() instanceof RateLimitedException
          && ((RateLimitedException) c.failure()).retryAfter()
              .map(r -> r.delayFrom(NOW).compareTo(c.policy().cap()) > 0).orElse(false);
      int expected = retryable && !hintBeyondCap ? c.policy().maxAttempts() : 1;
      assertThat(attempts).as("attempts made").isEqualTo(expected);
    });
  }
}
