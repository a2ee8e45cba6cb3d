package net.calkit.identity.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.NotFoundException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.RetryAfter;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.domain.error.UnauthorizedException;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  /** A random source that always returns the largest allowed value: the ceiling of the backoff. */
  private static final RandomGenerator HIGHEST = new RandomGenerator() {
    @Override
    public long nextLong() {
      return 0;
    }

    @Override
    public long nextLong(long bound) {
      return bound - 1;
    }
  };

  /** A random source that always returns zero: no wait. */
  private static final RandomGenerator LOWEST = new RandomGenerator() {
    @Override
    public long nextLong() {
      return 0;
    }

    @Override
    public long nextLong(long bound) {
      return 0;
    }
  };

  private final RetryPolicy policy = RetryPolicy.DEFAULT;

  @Test
  void defaults() {
    assertThat(policy.maxAttempts()).isEqualTo(3);
    assertThat(policy.transientBase()).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.throttleBase()).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.cap()).isEqualTo(Duration.ofSeconds(20));
    assertThat(RetryPolicy.NONE.maxAttempts()).isEqualTo(1);
  }

  @Test
  void serverErrorsBackOffExponentiallyUpToTheCeiling() {
    ServerErrorException failure = new ServerErrorException(503, "");
    RetryPolicy five = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMillis(1000));
    assertThat(five.decide(1, failure, NOW, HIGHEST)).isEqualTo(new RetryDecision.Retry(Duration.ofMillis(100)));
    assertThat(five.decide(2, failure, NOW, HIGHEST)).isEqualTo(new RetryDecision.Retry(Duration.ofMillis(200)));
    assertThat(five.decide(3, failure, NOW, HIGHEST)).isEqualTo(new RetryDecision.Retry(Duration.ofMillis(400)));
    assertThat(five.decide(4, failure, NOW, HIGHEST)).isEqualTo(new RetryDecision.Retry(Duration.ofMillis(800)));
    assertThat(five.decide(5, failure, NOW, HIGHEST)).as("capped")
        .isEqualTo(new RetryDecision.Retry(Duration.ofMillis(1000)));
    assertThat(five.decide(1, failure, NOW, LOWEST)).isEqualTo(new RetryDecision.Retry(Duration.ZERO));
  }

  @Test
  void rateLimitingUsesTheThrottleBase() {
    RateLimitedException failure = new RateLimitedException(Optional.empty(), "");
    assertThat(policy.decide(1, failure, NOW, HIGHEST)).isEqualTo(new RetryDecision.Retry(Duration.ofSeconds(1)));
    assertThat(policy.decide(2, failure, NOW, HIGHEST)).isEqualTo(new RetryDecision.Retry(Duration.ofSeconds(2)));
  }

  @Test
  void retryAfterIsAFloor() {
    RateLimitedException failure = new RateLimitedException(
        Optional.of(new RetryAfter.Delay(Duration.ofSeconds(7))), "");
    assertThat(policy.decide(1, failure, NOW, LOWEST)).isEqualTo(new RetryDecision.Retry(Duration.ofSeconds(7)));
    RateLimitedException at = new RateLimitedException(Optional.of(new RetryAfter.At(NOW.plusSeconds(12))), "");
    assertThat(policy.decide(1, at, NOW, LOWEST)).isEqualTo(new RetryDecision.Retry(Duration.ofSeconds(12)));
  }

  @Test
  void retryAfterBeyondTheCapGivesUp() {
    RateLimitedException failure = new RateLimitedException(
        Optional.of(new RetryAfter.Delay(Duration.ofSeconds(21))), "");
    assertThat(policy.decide(1, failure, NOW, LOWEST))
        .isEqualTo(new RetryDecision.GiveUp("Retry-After 21 s is beyond the cap of 20 s"));
    RateLimitedException atCap = new RateLimitedException(
        Optional.of(new RetryAfter.Delay(Duration.ofSeconds(20))), "");
    assertThat(policy.decide(1, atCap, NOW, LOWEST)).isEqualTo(new RetryDecision.Retry(Duration.ofSeconds(20)));
  }

  @Test
  void transportFaultsAndAttemptTimeoutsAreRetried() {
    assertThat(policy.decide(1, new TransportException("reset", new IOException()), NOW, LOWEST))
        .isInstanceOf(RetryDecision.Retry.class);
    assertThat(policy.decide(1, new DeadlineExceededException(DeadlineExceededException.Scope.ATTEMPT,
        Duration.ofSeconds(1)), NOW, LOWEST)).isInstanceOf(RetryDecision.Retry.class);
  }

  @Test
  void terminalFailuresAreNeverRetried() {
    List<Throwable> terminal = List.of(new UnauthorizedException(401, "", ""), new NotFoundException(404, "", ""),
        new InvalidGrantException(400, "", ""),
        new DeadlineExceededException(DeadlineExceededException.Scope.CALL, Duration.ofSeconds(1)),
        new IllegalStateException("bug"), new ServerErrorException(501, ""));
    for (Throwable failure : terminal) {
      assertThat(policy.decide(1, failure, NOW, LOWEST)).as(failure.toString())
          .isInstanceOf(RetryDecision.GiveUp.class);
    }
    assertThat(policy.decide(1, new NotFoundException(404, "", ""), NOW, LOWEST))
        .isEqualTo(new RetryDecision.GiveUp("not retryable: not found"));
    assertThat(policy.decide(1, new IllegalStateException("bug"), NOW, LOWEST))
        .isEqualTo(new RetryDecision.GiveUp("not retryable: IllegalStateException"));
  }

  @Test
  void attemptsAreExhaustedAtMaxAttempts() {
    IdentityException failure = new ServerErrorException(500, "");
    assertThat(policy.decide(2, failure, NOW, LOWEST)).isInstanceOf(RetryDecision.Retry.class);
    assertThat(policy.decide(3, failure, NOW, LOWEST))
        .isEqualTo(new RetryDecision.GiveUp("attempts exhausted: 3 of 3"));
    assertThat(RetryPolicy.NONE.decide(1, failure, NOW, LOWEST)).isInstanceOf(RetryDecision.GiveUp.class);
  }

  @Test
  void theCeilingNeverOverflows() {
    RetryPolicy big = new RetryPolicy(1000, Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(365));
    assertThat(big.backoffCeiling(999, Duration.ofDays(1))).isEqualTo(Duration.ofDays(365));
    assertThat(big.backoffCeiling(64, Duration.ofNanos(1))).isEqualTo(Duration.ofDays(365));
    assertThat(big.decide(999, new ServerErrorException(500, ""), NOW, new SplittableRandom(1)))
        .isInstanceOfSatisfying(RetryDecision.Retry.class,
            r -> assertThat(r.delay()).isBetween(Duration.ZERO, Duration.ofDays(365)));
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts must be at least 1: 0");
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, Duration.ofMillis(1), Duration.ofMillis(1)))
        .hasMessage("transientBase must be positive: PT0S");
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(-1), Duration.ofMillis(1)))
        .hasMessage("throttleBase must be positive: PT-0.001S");
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), null))
        .isInstanceOf(NullPointerException.class).hasMessage("cap == null");
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1),
        Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cap is too long");
  }

  @Test
  void decisionsValidateThemselves() {
    assertThatThrownBy(() -> new RetryDecision.Retry(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RetryDecision.giveUp("why")).isEqualTo(new RetryDecision.GiveUp("why"));
  }
}
