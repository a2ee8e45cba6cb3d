package net.calkit.identity.client;

import static net.calkit.identity.client.Fixture.KEY;
import static net.calkit.identity.client.Fixture.ME;
import static net.calkit.identity.client.Fixture.NEW_ACCESS;
import static net.calkit.identity.client.Fixture.OLD_ACCESS;
import static net.calkit.identity.client.Fixture.OLD_REFRESH;
import static net.calkit.identity.client.Fixture.TIMEOUT;
import static net.calkit.identity.client.Fixture.failureNow;
import static net.calkit.identity.client.Fixture.rotated;
import static net.calkit.identity.client.Fixture.unauthorized;
import static net.calkit.identity.client.Fixture.unavailable;
import static net.calkit.identity.client.Fixture.valueNow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.AccountId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.RetryAfter;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.TransportException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("the refresh itself: proactive refresh, what is retried, its own deadline")
class RefreshTest {
  private final Fixture fixture = new Fixture();

  private TokenSet expiringIn(Duration lifetime) {
    return new TokenSet(OLD_ACCESS, Optional.of(OLD_REFRESH), Optional.of(fixture.clock.instant().plus(lifetime)),
        Optional.empty());
  }

  private void apiAcceptsOnlyTheNewToken() {
    fixture.api.userInfo.otherwise(token -> token.equals(NEW_ACCESS)
        ? CompletableFuture.completedFuture(ME)
        : CompletableFuture.failedFuture(unauthorized()));
  }

  @Test
  @DisplayName("a stale token is refreshed (and stored) before the call")
  void staleTokenIsRefreshedFirst() {
    apiAcceptsOnlyTheNewToken();
    fixture.api.refresh.thenReturn(rotated());
    AccountSession session = fixture.builder().build().session(KEY, expiringIn(Duration.ofSeconds(30)));

    assertThat(valueNow(session.userInfo())).isEqualTo(ME);
    assertThat(fixture.api.userInfo.inputs()).containsExactly(NEW_ACCESS);
    assertThat(fixture.store.saves()).hasSize(1);
    assertThat(session.tokens().accessToken()).isEqualTo(NEW_ACCESS);
  }

  @Test
  @DisplayName("a fresh token is used as it is")
  void freshTokenIsNotRefreshed() {
    fixture.api.userInfo.otherwise(token -> CompletableFuture.completedFuture(ME));
    AccountSession session = fixture.builder().build().session(KEY, expiringIn(Duration.ofMinutes(30)));

    assertThat(valueNow(session.userInfo())).isEqualTo(ME);
    assertThat(fixture.api.userInfo.inputs()).containsExactly(OLD_ACCESS);
    assertThat(fixture.api.refresh.calls()).isZero();
  }

  @Test
  @DisplayName("a stale token without client credentials is used as it is")
  void staleTokenWithoutCredentialsIsUsed() {
    fixture.api.userInfo.otherwise(token -> CompletableFuture.completedFuture(ME));
    AccountSession session = IdentityClient.builder(fixture.api).clock(fixture.clock).scheduler(fixture.scheduler)
        .build().session(KEY, expiringIn(Duration.ofSeconds(10)));

    assertThat(valueNow(session.userInfo())).isEqualTo(ME);
    assertThat(fixture.api.userInfo.inputs()).containsExactly(OLD_ACCESS);
    assertThat(fixture.api.refresh.calls()).isZero();
  }

  @Test
  @DisplayName("concurrent calls on a stale token share one proactive refresh")
  void proactiveRefreshIsSingleFlight() {
    apiAcceptsOnlyTheNewToken();
    Account account = Account.of(AccountId.of("acc_5700a00eb0ccd07000000000"));
    fixture.api.account.otherwise(token -> CompletableFuture.completedFuture(account));
    CompletableFuture<TokenResponse> refresh = fixture.api.refresh.thenHold();
    AccountSession session = fixture.builder().build().session(KEY, expiringIn(Duration.ZERO));

    CompletionStage<UserInfo> first = session.userInfo();
    CompletionStage<Account> second = session.account();
    refresh.complete(rotated());

    assertThat(valueNow(first)).isEqualTo(ME);
    assertThat(fixture.api.refresh.calls()).isEqualTo(1);
    assertThat(fixture.api.account.inputs()).containsExactly(NEW_ACCESS);
    assertThat(valueNow(second)).isEqualTo(account);
  }

  @Test
  @DisplayName("a proactive refresh answering invalid_grant fails the call without calling the API")
  void proactiveRefreshFailureFailsTheCall() {
    fixture.api.refresh.thenFail(new InvalidGrantException(400, "", ""));
    AccountSession session = fixture.builder().build().session(KEY, expiringIn(Duration.ofSeconds(1)));

    assertThat(failureNow(session.userInfo())).isInstanceOf(InvalidGrantException.class);
    assertThat(fixture.api.userInfo.calls()).isZero();
  }

  @Test
  @DisplayName("a proactive refresh failing transiently falls back to the token while it has not expired")
  void transientProactiveRefreshFailureUsesTheUnexpiredToken() {
    fixture.api.refresh.thenFail(new ServerErrorException(500, ""));
    fixture.api.userInfo.otherwise(token -> CompletableFuture.completedFuture(ME));
    AccountSession session = fixture.builder().build().session(KEY, expiringIn(Duration.ofSeconds(30)));

    assertThat(valueNow(session.userInfo())).isEqualTo(ME);
    assertThat(fixture.api.userInfo.inputs()).containsExactly(OLD_ACCESS);
    assertThat(fixture.api.refresh.calls()).isEqualTo(1);
  }

  @Test
  @DisplayName("a proactive refresh failing transiently fails the call when the token has already expired")
  void transientProactiveRefreshFailureOfAnExpiredTokenFailsTheCall() {
    ServerErrorException fault = new ServerErrorException(500, "");
    fixture.api.refresh.thenFail(fault);
    AccountSession session = fixture.builder().build().session(KEY, expiringIn(Duration.ZERO));

    assertThat(failureNow(session.userInfo())).isSameAs(fault);
    assertThat(fixture.api.userInfo.calls()).isZero();
  }

  @Test
  @DisplayName("a refresh answering 503 is retried after backoff")
  void refreshRetriesUnavailable() {
    apiAcceptsOnlyTheNewToken();
    fixture.api.refresh.thenFail(unavailable()).thenReturn(rotated());
    CompletionStage<UserInfo> stage = fixture.session().userInfo();
    assertThat(stage.toCompletableFuture()).isNotDone();

    fixture.scheduler.advance(Duration.ofSeconds(1));

    assertThat(valueNow(stage)).isEqualTo(ME);
    assertThat(fixture.api.refresh.calls()).isEqualTo(2);
    assertThat(fixture.store.saves()).hasSize(1);
  }

  @Test
  @DisplayName("a refresh answering 429 waits at least Retry-After, then retries")
  void refreshRetriesRateLimited() {
    apiAcceptsOnlyTheNewToken();
    fixture.api.refresh.thenFail(new RateLimitedException(Optional.of(new RetryAfter.Delay(Duration.ofSeconds(3))), ""))
        .thenReturn(rotated());
    CompletionStage<UserInfo> stage = fixture.session().userInfo();

    fixture.scheduler.advance(Duration.ofMillis(2999));
    assertThat(fixture.api.refresh.calls()).isEqualTo(1);
    fixture.scheduler.advance(Duration.ofSeconds(2));
    assertThat(valueNow(stage)).isEqualTo(ME);
    assertThat(fixture.api.refresh.calls()).isEqualTo(2);
  }

  static Stream<IdentityException> faultsThatMayHaveReachedTheServer() {
    return Stream.of(new ServerErrorException(500, ""), new ServerErrorException(502, ""),
        new ServerErrorException(504, ""), new TransportException("connection reset", null),
        new DeadlineExceededException(DeadlineExceededException.Scope.ATTEMPT, Duration.ofSeconds(5)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faultsThatMayHaveReachedTheServer")
  @DisplayName("a refresh failing with a fault that may have reached the server is not retried")
  void refreshDoesNotRetryOtherFaults(IdentityException fault) {
    apiAcceptsOnlyTheNewToken();
    fixture.api.refresh.thenFail(fault).thenReturn(rotated());
    CompletionStage<UserInfo> stage = fixture.session().userInfo();

    assertThat(failureNow(stage)).isSameAs(fault);
    fixture.scheduler.advance(Duration.ofMinutes(1));
    assertThat(fixture.api.refresh.calls()).isEqualTo(1);
    assertThat(fixture.store.saves()).isEmpty();
  }

  @Test
  @DisplayName("a stuck refresh ends with the deadline, is not cancelled, and its late answer is still stored")
  void stuckRefreshTimesOutAndLateAnswerIsKept() {
    apiAcceptsOnlyTheNewToken();
    CompletableFuture<TokenResponse> refresh = fixture.api.refresh.thenHold();
    AccountSession session = fixture.session();
    CompletionStage<UserInfo> stage = session.userInfo();

    fixture.scheduler.advance(TIMEOUT);

    assertThat(failureNow(stage)).isInstanceOf(DeadlineExceededException.class);
    assertThat(refresh).as("a rotation in flight is never cancelled").isNotCancelled();
    refresh.complete(rotated());
    assertThat(fixture.store.saves()).hasSize(1);
    assertThat(session.tokens().accessToken()).isEqualTo(NEW_ACCESS);
    assertThat(valueNow(session.userInfo())).isEqualTo(ME);
    assertThat(fixture.api.refresh.calls()).isEqualTo(1);
  }

  @Test
  @DisplayName("after a stuck refresh times out, the next 401 starts a new refresh instead of waiting forever")
  void stuckRefreshDoesNotWedgeTheSession() {
    apiAcceptsOnlyTheNewToken();
    CompletableFuture<TokenResponse> stuck = fixture.api.refresh.thenHold();
    fixture.api.refresh.thenReturn(rotated());
    AccountSession session = fixture.session();
    CompletionStage<UserInfo> first = session.userInfo();
    fixture.scheduler.advance(TIMEOUT);
    assertThat(failureNow(first)).isInstanceOf(DeadlineExceededException.class);

    assertThat(valueNow(session.userInfo())).isEqualTo(ME);
    assertThat(fixture.api.refresh.calls()).isEqualTo(2);

    stuck.complete(new TokenResponse("bearer", OLD_ACCESS, Optional.empty(), Optional.empty(), Optional.empty()));
    assertThat(session.tokens().accessToken()).as("a late answer never overwrites newer tokens").isEqualTo(NEW_ACCESS);
    assertThat(fixture.store.saves()).hasSize(1);
  }
}
