package net.calkit.identity.client;

import static net.calkit.identity.client.Fixture.ME;
import static net.calkit.identity.client.Fixture.OLD_ACCESS;
import static net.calkit.identity.client.Fixture.TIMEOUT;
import static net.calkit.identity.client.Fixture.failureNow;
import static net.calkit.identity.client.Fixture.unavailable;
import static net.calkit.identity.client.Fixture.valueNow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InsufficientScopeException;
import net.calkit.identity.domain.error.NotFoundException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.RetryAfter;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.domain.error.UnexpectedStatusException;
import net.calkit.identity.domain.policy.RetryPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("retries, backoff and the whole-call deadline")
class RetryAndDeadlineTest {
  private final Fixture fixture = new Fixture();

  @Test
  @DisplayName("503 then success: succeeds after the (virtual) backoff, not before")
  void retriesUnavailableAfterBackoff() {
    fixture.api.userInfo.thenFail(unavailable()).thenReturn(ME);
    CompletionStage<UserInfo> stage = fixture.session().userInfo();

    assertThat(stage.toCompletableFuture()).isNotDone();
    assertThat(fixture.api.userInfo.calls()).isEqualTo(1);
    List<Duration> backoffs = fixture.scheduler.requestedDelaysExcept(TIMEOUT);
    assertThat(backoffs).hasSize(1);
    assertThat(backoffs.get(0)).isBetween(Duration.ZERO, RetryPolicy.DEFAULT_TRANSIENT_BASE);

    fixture.scheduler.advance(backoffs.get(0));
    assertThat(valueNow(stage)).isEqualTo(ME);
    assertThat(fixture.api.userInfo.calls()).isEqualTo(2);
    assertThat(fixture.scheduler.pendingCount()).as("deadline timer released").isZero();
  }

  @Test
  @DisplayName("404 and 403 are never retried")
  void terminalErrorsAreNotRetried() {
    fixture.api.userInfo.thenFail(new NotFoundException(404, "", ""));
    fixture.api.profiles.thenFail(new InsufficientScopeException(403, "", ""));
    AccountSession session = fixture.session();

    assertThat(failureNow(session.userInfo())).isInstanceOf(NotFoundException.class);
    assertThat(failureNow(session.profiles())).isInstanceOf(InsufficientScopeException.class);
    assertThat(fixture.api.userInfo.calls()).isEqualTo(1);
    assertThat(fixture.api.profiles.calls()).isEqualTo(1);
    assertThat(fixture.scheduler.requestedDelaysExcept(TIMEOUT)).isEmpty();
    assertThat(fixture.scheduler.pendingCount()).isZero();
  }

  @Test
  @DisplayName("attempts never exceed maxAttempts, whatever the transient failures (seeded, 200 cases)")
  void attemptsNeverExceedMaxAttempts() {
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int maxAttempts = 1 + random.nextInt(6);
      Fixture world = new Fixture();
      List<Supplier<IdentityException>> transientFailures = List.of(
          Fixture::unavailable,
          () -> new ServerErrorException(500, ""),
          () -> new ServerErrorException(502, ""),
          () -> new ServerErrorException(504, ""),
          () -> new RateLimitedException(Optional.empty(), ""),
          () -> new TransportException("connection reset", null),
          () -> new UnexpectedStatusException(408, "", ""),
          () -> new DeadlineExceededException(DeadlineExceededException.Scope.ATTEMPT, Duration.ofSeconds(5)));
      world.api.userInfo.otherwise(token -> CompletableFuture.failedFuture(
          transientFailures.get(random.nextInt(transientFailures.size())).get()));
      RetryPolicy policy = new RetryPolicy(maxAttempts, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(2));
      CompletionStage<UserInfo> stage = world.builder().retryPolicy(policy).random(new SplittableRandom(seed))
          .callTimeout(Duration.ofHours(1)).build().session(Fixture.KEY, Fixture.oldTokens()).userInfo();

      world.scheduler.advance(Duration.ofMinutes(5));

      assertThat(failureNow(stage)).as("seed %d", seed).isInstanceOf(IdentityException.class)
          .matches(failure -> ((IdentityException) failure).isTransient(), "transient");
      assertThat(world.api.userInfo.calls()).as("seed %d, maxAttempts %d", seed, maxAttempts).isEqualTo(maxAttempts);
    }
  }

  @Test
  @DisplayName("Retry-After (seconds) is a floor on the backoff")
  void retryAfterDelayIsRespected() {
    fixture.api.userInfo.thenFail(new RateLimitedException(Optional.of(new RetryAfter.Delay(Duration.ofSeconds(7))), ""))
        .thenReturn(ME);
    CompletionStage<UserInfo> stage = fixture.session().userInfo();

    List<Duration> backoffs = fixture.scheduler.requestedDelaysExcept(TIMEOUT);
    assertThat(backoffs).hasSize(1);
    assertThat(backoffs.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(7));

    fixture.scheduler.advance(backoffs.get(0).minusMillis(1));
    assertThat(stage.toCompletableFuture()).isNotDone();
    assertThat(fixture.api.userInfo.calls()).isEqualTo(1);
    fixture.scheduler.advance(Duration.ofMillis(1));
    assertThat(valueNow(stage)).isEqualTo(ME);
  }

  @Test
  @DisplayName("Retry-After (HTTP date) is a floor on the backoff, measured on the injected clock")
  void retryAfterDateIsRespected() {
    fixture.api.userInfo
        .thenFail(new RateLimitedException(Optional.of(new RetryAfter.At(fixture.clock.instant().plusSeconds(12))), ""))
        .thenReturn(ME);
    CompletionStage<UserInfo> stage = fixture.session().userInfo();

    assertThat(fixture.scheduler.requestedDelaysExcept(TIMEOUT)).singleElement()
        .satisfies(delay -> assertThat(delay).isGreaterThanOrEqualTo(Duration.ofSeconds(12)));
    fixture.scheduler.advance(Duration.ofSeconds(13));
    assertThat(valueNow(stage)).isEqualTo(ME);
  }

  @Test
  @DisplayName("the deadline fails the call with DeadlineExceededException(CALL) and cancels the attempt in flight")
  void deadlineCancelsTheAttemptInFlight() {
    CompletableFuture<UserInfo> inFlight = fixture.api.userInfo.thenHold();
    CompletionStage<UserInfo> stage = fixture.session().userInfo();

    fixture.scheduler.advance(TIMEOUT.minusMillis(1));
    assertThat(stage.toCompletableFuture()).isNotDone();
    fixture.scheduler.advance(Duration.ofMillis(1));

    assertThat(failureNow(stage)).isInstanceOfSatisfying(DeadlineExceededException.class, deadline -> {
      assertThat(deadline.scope()).isEqualTo(DeadlineExceededException.Scope.CALL);
      assertThat(deadline.timeout()).isEqualTo(TIMEOUT);
    });
    assertThat(inFlight).isCancelled();
    fixture.scheduler.advance(Duration.ofMinutes(5));
    assertThat(fixture.api.userInfo.calls()).isEqualTo(1);
  }

  @Test
  @DisplayName("a custom call timeout is the deadline")
  void customCallTimeout() {
    CompletableFuture<Void> inFlight = fixture.api.revoke.thenHold();
    CompletionStage<Void> stage = fixture.builder().callTimeout(Duration.ofSeconds(2)).build()
        .session(Fixture.KEY, Fixture.oldTokens()).revokeProfile(ProfileId.of("pro_1"));

    fixture.scheduler.advance(Duration.ofSeconds(2));
    assertThat(failureNow(stage)).isInstanceOfSatisfying(DeadlineExceededException.class,
        deadline -> assertThat(deadline.timeout()).isEqualTo(Duration.ofSeconds(2)));
    assertThat(inFlight).isCancelled();
  }

  @Test
  @DisplayName("a backoff that would pass the deadline gives up at once with the last error")
  void backoffPastTheDeadlineGivesUpWithLastError() {
    fixture.api.userInfo.otherwise(token -> CompletableFuture.failedFuture(unavailable()));
    RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(4), Duration.ofSeconds(1), Duration.ofSeconds(20));
    CompletionStage<UserInfo> stage = fixture.builder().retryPolicy(policy).random(new MaxJitter())
        .callTimeout(Duration.ofSeconds(10)).build().session(Fixture.KEY, Fixture.oldTokens()).userInfo();

    // attempt 1 at 0 s, backoff 4 s; attempt 2 at 4 s, backoff 8 s would end at 12 s > 10 s
    assertThat(fixture.scheduler.requestedDelaysExcept(Duration.ofSeconds(10))).containsExactly(Duration.ofSeconds(4));
    fixture.scheduler.advance(Duration.ofSeconds(4));

    assertThat(failureNow(stage)).isInstanceOf(ServerErrorException.class);
    assertThat(fixture.api.userInfo.calls()).isEqualTo(2);
    assertThat(fixture.scheduler.pendingCount()).isZero();
  }

  @Test
  @DisplayName("a Retry-After beyond the deadline gives up at once with the 429")
  void retryAfterPastTheDeadlineGivesUp() {
    fixture.api.userInfo.thenFail(new RateLimitedException(Optional.of(new RetryAfter.Delay(Duration.ofSeconds(10))), ""));
    CompletionStage<UserInfo> stage = fixture.builder().callTimeout(Duration.ofSeconds(5)).build()
        .session(Fixture.KEY, Fixture.oldTokens()).userInfo();

    assertThat(failureNow(stage)).isInstanceOf(RateLimitedException.class);
    assertThat(fixture.api.userInfo.calls()).isEqualTo(1);
  }

  @Test
  @DisplayName("cancelling the returned stage cancels the attempt in flight and the deadline timer")
  void callerCancellationCancelsTheAttempt() {
    CompletableFuture<UserInfo> inFlight = fixture.api.userInfo.thenHold();
    CompletionStage<UserInfo> stage = fixture.session().userInfo();

    assertThat(stage.toCompletableFuture().cancel(false)).isTrue();

    assertThat(inFlight).isCancelled();
    assertThat(fixture.scheduler.pendingCount()).isZero();
  }

  @Test
  @DisplayName("cancelling the returned stage during backoff cancels the backoff timer: no further attempt")
  void callerCancellationCancelsTheBackoff() {
    fixture.api.userInfo.thenFail(unavailable()).thenReturn(ME);
    CompletionStage<UserInfo> stage = fixture.session().userInfo();
    assertThat(fixture.scheduler.pendingCount()).as("deadline and backoff").isEqualTo(2);

    stage.toCompletableFuture().cancel(false);
    fixture.scheduler.advance(Duration.ofMinutes(1));

    assertThat(fixture.scheduler.pendingCount()).isZero();
    assertThat(fixture.scheduler.cancelledCount()).isEqualTo(2);
    assertThat(fixture.api.userInfo.calls()).isEqualTo(1);
  }

  @Test
  @DisplayName("revokeProfile is retried after 503 and 429, which the server answers before doing any work")
  void revokeIsRetriedWhenCertainlyNotProcessed() {
    ProfileId profile = ProfileId.of("pro_n23kjnwrw2");
    fixture.api.revoke.thenFail(unavailable()).thenFail(new RateLimitedException(Optional.empty(), ""))
        .then(input -> CompletableFuture.completedFuture(null));
    CompletionStage<Void> stage = fixture.session().revokeProfile(profile);

    fixture.scheduler.advance(Duration.ofSeconds(5));

    assertThat(valueNow(stage)).isNull();
    assertThat(fixture.api.revoke.inputs()).hasSize(3)
        .containsOnly(new ScriptedIdentityApi.Revoke(OLD_ACCESS, profile));
  }

  @Test
  @DisplayName("revokeProfile is not retried after a fault that may have reached the server: a retry would get 404")
  void revokeIsNotRetriedWhenMaybeProcessed() {
    List<Supplier<IdentityException>> maybeProcessed = List.of(
        () -> new ServerErrorException(500, ""),
        () -> new ServerErrorException(502, ""),
        () -> new ServerErrorException(504, ""),
        () -> new TransportException("connection reset", null),
        () -> new DeadlineExceededException(DeadlineExceededException.Scope.ATTEMPT, Duration.ofSeconds(1)));
    for (Supplier<IdentityException> fault : maybeProcessed) {
      Fixture local = new Fixture();
      IdentityException failure = fault.get();
      local.api.revoke.thenFail(failure)
          .otherwise(input -> CompletableFuture.failedFuture(new NotFoundException(404, "", "")));
      CompletionStage<Void> stage = local.session().revokeProfile(ProfileId.of("pro_1"));

      local.scheduler.advance(Duration.ofSeconds(30));

      assertThat(failureNow(stage)).as("%s", failure).isSameAs(failure);
      assertThat(local.api.revoke.calls()).as("%s", failure).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("a 401 replay does not use the retry budget: with RetryPolicy.NONE a 401 still refreshes and replays")
  void unauthorizedReplayIsNotARetry() {
    fixture.api.userInfo.thenFail(Fixture.unauthorized()).thenReturn(ME);
    fixture.api.refresh.thenReturn(Fixture.rotated());
    CompletionStage<UserInfo> stage = fixture.builder().retryPolicy(RetryPolicy.NONE).build()
        .session(Fixture.KEY, Fixture.oldTokens()).userInfo();

    assertThat(valueNow(stage)).isEqualTo(ME);
    assertThat(fixture.api.userInfo.calls()).isEqualTo(2);
  }
}
