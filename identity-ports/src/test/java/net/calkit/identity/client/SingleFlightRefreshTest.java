package net.calkit.identity.client;

import static net.calkit.identity.client.Fixture.CREDENTIALS;
import static net.calkit.identity.client.Fixture.KEY;
import static net.calkit.identity.client.Fixture.ME;
import static net.calkit.identity.client.Fixture.NEW_ACCESS;
import static net.calkit.identity.client.Fixture.NEW_REFRESH;
import static net.calkit.identity.client.Fixture.OLD_ACCESS;
import static net.calkit.identity.client.Fixture.OLD_REFRESH;
import static net.calkit.identity.client.Fixture.await;
import static net.calkit.identity.client.Fixture.failure;
import static net.calkit.identity.client.Fixture.failureNow;
import static net.calkit.identity.client.Fixture.rotated;
import static net.calkit.identity.client.Fixture.unauthorized;
import static net.calkit.identity.client.Fixture.valueNow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.TokenStoreException;
import net.calkit.identity.domain.error.UnauthorizedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

@DisplayName("401: one shared refresh, stored before the replay")
class SingleFlightRefreshTest {
  private static final int CALLS = 100;

  private final Fixture fixture = new Fixture();
  private final ExecutorService callers = Executors.newFixedThreadPool(8);

  @AfterEach
  void stopCallers() throws InterruptedException {
    callers.shutdownNow();
    assertThat(callers.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  /** The old token is refused, the new one accepted. */
  private void apiAcceptsOnlyTheNewToken() {
    fixture.api.userInfo.otherwise(token -> token.equals(NEW_ACCESS)
        ? CompletableFuture.completedFuture(ME)
        : CompletableFuture.failedFuture(unauthorized()));
  }

  /** Calls {@code userInfo()} {@value #CALLS} times from several threads; returns once every call has started. */
  private List<CompletionStage<UserInfo>> callConcurrently(AccountSession session) throws Exception {
    List<Callable<CompletionStage<UserInfo>>> tasks = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      tasks.add(session::userInfo);
    }
    List<CompletionStage<UserInfo>> stages = new ArrayList<>();
    for (Future<CompletionStage<UserInfo>> started : callers.invokeAll(tasks, 5, TimeUnit.SECONDS)) {
      stages.add(started.get());
    }
    return stages;
  }

  @Test
  @DisplayName("100 concurrent calls that all get 401 cause one refresh and one store write, then all succeed")
  void concurrentUnauthorizedCallsShareOneRefresh() throws Exception {
    apiAcceptsOnlyTheNewToken();
    CompletableFuture<net.calkit.identity.domain.credentials.TokenResponse> refresh = fixture.api.refresh.thenHold();
    AccountSession session = fixture.session();

    List<CompletionStage<UserInfo>> stages = callConcurrently(session);
    assertThat(stages).noneMatch(stage -> stage.toCompletableFuture().isDone());
    refresh.complete(rotated());

    for (CompletionStage<UserInfo> stage : stages) {
      assertThat(await(stage)).isEqualTo(ME);
    }
    assertThat(fixture.api.refresh.inputs()).containsExactly(OLD_REFRESH);
    TokenSet expected = rotated().toTokenSet(fixture.clock.instant(), Optional.of(OLD_REFRESH));
    assertThat(fixture.store.saves()).containsExactly(new RecordingTokenStore.Save(KEY, expected));
    assertThat(session.tokens()).isEqualTo(expected);
    assertThat(fixture.api.userInfo.inputs()).filteredOn(NEW_ACCESS::equals).hasSize(CALLS);
    assertThat(fixture.api.userInfo.inputs()).filteredOn(OLD_ACCESS::equals).hasSize(CALLS);
  }

  @RepeatedTest(20)
  @DisplayName("401s arriving on many threads around a completed refresh replay with the new token, never refresh twice")
  void unauthorizedAnswersRacingTheRefreshStillRefreshOnce() throws Exception {
    ExecutorService adapterThreads = Executors.newFixedThreadPool(4);
    try {
      fixture.api.userInfo.otherwise(token -> token.equals(NEW_ACCESS)
          ? CompletableFuture.completedFuture(ME)
          : CompletableFuture.supplyAsync(() -> {
            throw unauthorized();
          }, adapterThreads));
      fixture.api.refresh.thenReturn(rotated());
      AccountSession session = fixture.session();

      List<CompletionStage<UserInfo>> stages = callConcurrently(session);

      for (CompletionStage<UserInfo> stage : stages) {
        assertThat(await(stage)).isEqualTo(ME);
      }
      assertThat(fixture.api.refresh.calls()).isEqualTo(1);
      assertThat(fixture.store.saves()).hasSize(1);
    } finally {
      adapterThreads.shutdownNow();
    }
  }

  @Test
  @DisplayName("a refresh answering invalid_grant fails every waiting call with InvalidGrantException")
  void invalidGrantFailsAllWaiters() throws Exception {
    apiAcceptsOnlyTheNewToken();
    CompletableFuture<net.calkit.identity.domain.credentials.TokenResponse> refresh = fixture.api.refresh.thenHold();
    AccountSession session = fixture.session();
    TokenSet before = session.tokens();

    List<CompletionStage<UserInfo>> stages = callConcurrently(session);
    refresh.completeExceptionally(new InvalidGrantException(400, "", "{\"error\":\"invalid_grant\"}"));

    for (CompletionStage<UserInfo> stage : stages) {
      assertThat(failure(stage)).isInstanceOf(InvalidGrantException.class);
    }
    assertThat(fixture.api.refresh.calls()).isEqualTo(1);
    assertThat(fixture.store.saves()).isEmpty();
    assertThat(session.tokens()).isSameAs(before);
  }

  @Test
  @DisplayName("a failing token store fails every waiting call with TokenStoreException and keeps the old tokens")
  void storeFailureKeepsOldTokens() throws Exception {
    apiAcceptsOnlyTheNewToken();
    CompletableFuture<net.calkit.identity.domain.credentials.TokenResponse> refresh = fixture.api.refresh.thenHold();
    IllegalStateException diskFull = new IllegalStateException("disk full");
    fixture.store.answering(tokens -> CompletableFuture.failedFuture(diskFull));
    AccountSession session = fixture.session();
    TokenSet before = session.tokens();

    List<CompletionStage<UserInfo>> stages = callConcurrently(session);
    refresh.complete(rotated());

    for (CompletionStage<UserInfo> stage : stages) {
      assertThat(failure(stage)).isInstanceOf(TokenStoreException.class)
          .cause().hasMessageContaining(IllegalStateException.class.getName()).hasMessageNotContaining("disk full");
    }
    assertThat(session.tokens()).isSameAs(before);
    assertThat(fixture.store.saves()).hasSize(1);
    assertThat(fixture.api.userInfo.inputs()).doesNotContain(NEW_ACCESS);
  }

  @Test
  @DisplayName("a token store that throws instead of failing its stage still gives TokenStoreException")
  void throwingStoreGivesTokenStoreException() {
    apiAcceptsOnlyTheNewToken();
    fixture.api.refresh.thenReturn(rotated());
    IllegalStateException broken = new IllegalStateException("no connection");
    fixture.store.answering(tokens -> {
      throw broken;
    });
    AccountSession session = fixture.session();

    assertThat(failureNow(session.userInfo())).isInstanceOf(TokenStoreException.class)
        .cause().hasMessageContaining(IllegalStateException.class.getName()).hasMessageNotContaining("no connection");
    assertThat(session.tokens()).isEqualTo(Fixture.oldTokens());
  }

  @Test
  @DisplayName("the replay waits for the store: nothing is replayed before the save completes")
  void replayWaitsForTheStore() {
    apiAcceptsOnlyTheNewToken();
    fixture.api.refresh.thenReturn(rotated());
    CompletableFuture<Void> saved = new CompletableFuture<>();
    fixture.store.answering(tokens -> saved);
    AccountSession session = fixture.session();

    CompletionStage<UserInfo> stage = session.userInfo();
    assertThat(fixture.api.userInfo.inputs()).containsExactly(OLD_ACCESS);
    assertThat(session.tokens().accessToken()).isEqualTo(OLD_ACCESS);
    assertThat(stage.toCompletableFuture()).isNotDone();

    saved.complete(null);
    assertThat(valueNow(stage)).isEqualTo(ME);
    assertThat(fixture.api.userInfo.inputs()).containsExactly(OLD_ACCESS, NEW_ACCESS);
  }

  @Test
  @DisplayName("a 401 for a token another call already replaced is replayed with the current token, no new refresh")
  void staleTokenReplayDoesNotRefreshAgain() {
    CompletableFuture<UserInfo> first = fixture.api.userInfo.thenHold();
    CompletableFuture<UserInfo> second = fixture.api.userInfo.thenHold();
    fixture.api.userInfo.otherwise(token -> CompletableFuture.completedFuture(ME));
    fixture.api.refresh.thenReturn(rotated());
    AccountSession session = fixture.session();

    CompletionStage<UserInfo> a = session.userInfo();
    CompletionStage<UserInfo> b = session.userInfo();
    first.completeExceptionally(unauthorized());
    assertThat(valueNow(a)).isEqualTo(ME);
    second.completeExceptionally(unauthorized());
    assertThat(valueNow(b)).isEqualTo(ME);

    assertThat(fixture.api.refresh.calls()).isEqualTo(1);
    assertThat(fixture.store.saves()).hasSize(1);
    assertThat(fixture.api.userInfo.inputs()).containsExactly(OLD_ACCESS, OLD_ACCESS, NEW_ACCESS, NEW_ACCESS);
  }

  @Test
  @DisplayName("a second 401 after the replay is final")
  void secondUnauthorizedIsFinal() {
    fixture.api.userInfo.otherwise(token -> CompletableFuture.failedFuture(unauthorized()));
    fixture.api.refresh.thenReturn(rotated());
    AccountSession session = fixture.session();

    assertThat(failureNow(session.userInfo())).isInstanceOf(UnauthorizedException.class);
    assertThat(fixture.api.userInfo.inputs()).containsExactly(OLD_ACCESS, NEW_ACCESS);
    assertThat(fixture.api.refresh.calls()).isEqualTo(1);
  }

  @Test
  @DisplayName("without client credentials a 401 is final")
  void noClientCredentialsMeansFinal401() {
    fixture.api.userInfo.otherwise(token -> CompletableFuture.failedFuture(unauthorized()));
    AccountSession session = IdentityClient.builder(fixture.api).clock(fixture.clock).scheduler(fixture.scheduler)
        .build().session(KEY, Fixture.oldTokens());

    assertThat(failureNow(session.userInfo())).isInstanceOf(UnauthorizedException.class);
    assertThat(fixture.api.userInfo.calls()).isEqualTo(1);
    assertThat(fixture.api.refresh.calls()).isZero();
  }

  @Test
  @DisplayName("without a refresh token a 401 is final")
  void noRefreshTokenMeansFinal401() {
    fixture.api.account.otherwise(token -> CompletableFuture.failedFuture(unauthorized()));
    AccountSession session = fixture.builder().build().session(KEY, TokenSet.of(OLD_ACCESS));

    assertThat(failureNow(session.account())).isInstanceOf(UnauthorizedException.class);
    assertThat(fixture.api.refresh.calls()).isZero();
    assertThat(fixture.store.saves()).isEmpty();
  }

  @Test
  @DisplayName("a refresh answer without a refresh token keeps the previous refresh token")
  void refreshWithoutNewRefreshTokenKeepsThePreviousOne() {
    apiAcceptsOnlyTheNewToken();
    fixture.api.refresh.thenReturn(new net.calkit.identity.domain.credentials.TokenResponse("bearer", NEW_ACCESS,
        Optional.empty(), Optional.of(Duration.ofHours(1)), Optional.empty()));
    AccountSession session = fixture.session();

    assertThat(valueNow(session.userInfo())).isEqualTo(ME);
    assertThat(session.tokens().refreshToken()).contains(OLD_REFRESH);
    assertThat(session.tokens().expiresAt()).contains(fixture.clock.instant().plus(Duration.ofHours(1)));
  }

  @Test
  @DisplayName("after a completed refresh, later 401s of the new token refresh with the new refresh token")
  void laterRefreshUsesTheRotatedRefreshToken() {
    AccessToken third = AccessToken.of("at-third-SECRET");
    fixture.api.userInfo.otherwise(token -> token.equals(third)
        ? CompletableFuture.completedFuture(ME)
        : CompletableFuture.failedFuture(unauthorized()));
    fixture.api.refresh.thenReturn(rotated()).thenReturn(new net.calkit.identity.domain.credentials.TokenResponse(
        "bearer", third, Optional.empty(), Optional.empty(), Optional.empty()));
    AccountSession session = fixture.builder().build().session(KEY, Fixture.oldTokens());

    assertThat(failureNow(session.userInfo())).isInstanceOf(UnauthorizedException.class);
    assertThat(valueNow(session.userInfo())).isEqualTo(ME);
    assertThat(fixture.api.refresh.inputs()).containsExactly(OLD_REFRESH, NEW_REFRESH);
    assertThat(CREDENTIALS.toString()).doesNotContain("SECRET");
  }
}
