package net.calkit.identity.client;

import static net.calkit.identity.client.Fixture.ME;
import static net.calkit.identity.client.Fixture.NEW_ACCESS;
import static net.calkit.identity.client.Fixture.NEW_REFRESH;
import static net.calkit.identity.client.Fixture.OLD_ACCESS;
import static net.calkit.identity.client.Fixture.failureNow;
import static net.calkit.identity.client.Fixture.rotated;
import static net.calkit.identity.client.Fixture.unauthorized;
import static net.calkit.identity.client.Fixture.valueNow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.TokenStoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a rotation the store failed to keep is saved again, never lost and never refreshed over")
class UnsavedRotationTest {
  private final Fixture fixture = new Fixture();
  private final AtomicInteger storeFailuresLeft = new AtomicInteger();

  @BeforeEach
  void script() {
    fixture.api.userInfo.otherwise(token -> token.equals(NEW_ACCESS)
        ? CompletableFuture.completedFuture(ME) : CompletableFuture.failedFuture(unauthorized()));
    fixture.api.refresh.thenReturn(rotated()); // a second refresh is unscripted and fails the test
    fixture.store.answering(tokens -> storeFailuresLeft.getAndDecrement() > 0
        ? CompletableFuture.failedFuture(new IllegalStateException("disk full")) : CompletableFuture.completedFuture(null));
  }

  @Test
  @DisplayName("store fails once: the call fails typed with the rotated set; the next call saves it and uses it")
  void nextCallSavesTheRotationAndUsesIt() {
    storeFailuresLeft.set(1);
    AccountSession session = fixture.session();
    TokenSet before = session.tokens();

    Throwable failure = failureNow(session.userInfo());

    assertThat(failure).isInstanceOfSatisfying(TokenStoreException.class, e -> {
      TokenSet unsaved = e.unsavedTokens().orElseThrow();
      assertThat(unsaved.accessToken()).isEqualTo(NEW_ACCESS);
      assertThat(unsaved.refreshToken()).contains(NEW_REFRESH);
    });
    assertThat(session.tokens()).isSameAs(before);

    assertThat(valueNow(session.userInfo())).isEqualTo(ME);

    assertThat(fixture.api.refresh.calls()).as("the old refresh token is not spent again").isEqualTo(1);
    assertThat(fixture.store.saves()).hasSize(2)
        .allSatisfy(save -> assertThat(save.tokens().accessToken()).isEqualTo(NEW_ACCESS));
    assertThat(fixture.api.userInfo.inputs()).containsExactly(OLD_ACCESS, NEW_ACCESS);
    assertThat(session.tokens().accessToken()).isEqualTo(NEW_ACCESS);
    assertThat(session.tokens().refreshToken()).contains(NEW_REFRESH);
  }

  @Test
  @DisplayName("a call already in flight that then gets 401 saves the rotation instead of refreshing again")
  void laterUnauthorizedSavesTheRotation() {
    storeFailuresLeft.set(1);
    CompletableFuture<UserInfo> held = fixture.api.userInfo.thenHold();
    AccountSession session = fixture.session();
    CompletionStage<UserInfo> early = session.userInfo();

    assertThat(failureNow(session.userInfo())).isInstanceOf(TokenStoreException.class);
    held.completeExceptionally(unauthorized());

    assertThat(valueNow(early)).isEqualTo(ME);
    assertThat(fixture.api.refresh.calls()).isEqualTo(1);
    assertThat(fixture.store.saves()).hasSize(2);
    assertThat(session.tokens().accessToken()).isEqualTo(NEW_ACCESS);
  }

  @Test
  @DisplayName("while the store keeps failing, calls fail typed with the same rotated set and nothing is spent")
  void storeThatKeepsFailingFailsEachCall() {
    storeFailuresLeft.set(2);
    AccountSession session = fixture.session();
    TokenSet before = session.tokens();

    TokenStoreException first = (TokenStoreException) failureNow(session.userInfo());
    TokenStoreException second = (TokenStoreException) failureNow(session.userInfo());

    assertThat(second.unsavedTokens()).isEqualTo(first.unsavedTokens());
    assertThat(session.tokens()).isSameAs(before);
    assertThat(fixture.api.refresh.calls()).isEqualTo(1);
    assertThat(fixture.api.userInfo.calls()).as("no attempt with a token about to be replaced").isEqualTo(1);

    assertThat(valueNow(session.userInfo())).isEqualTo(ME);
    assertThat(fixture.store.saves()).hasSize(3);
    assertThat(fixture.api.refresh.calls()).isEqualTo(1);
  }

  @Test
  @DisplayName("a save again that hangs is bounded by the call timeout, and the next call tries once more")
  void hangingSaveAgainDoesNotWedgeTheSession() {
    storeFailuresLeft.set(1);
    AccountSession session = fixture.session();
    assertThat(failureNow(session.userInfo())).isInstanceOf(TokenStoreException.class);
    CompletableFuture<Void> stuck = new CompletableFuture<>();
    fixture.store.answering(tokens -> stuck);

    CompletionStage<UserInfo> waiting = session.userInfo();
    assertThat(waiting.toCompletableFuture()).isNotDone();
    fixture.scheduler.advance(Fixture.TIMEOUT);

    assertThat(failureNow(waiting)).isInstanceOf(DeadlineExceededException.class);
    fixture.store.answering(tokens -> CompletableFuture.completedFuture(null));
    assertThat(valueNow(session.userInfo())).isEqualTo(ME);
    assertThat(fixture.store.saves()).hasSize(3);
    assertThat(fixture.api.refresh.calls()).isEqualTo(1);
    assertThat(session.tokens().accessToken()).isEqualTo(NEW_ACCESS);
  }

  @Test
  @DisplayName("a stale token with an unsaved rotation: the rotation is saved and used, no second refresh")
  void staleTokenUsesTheUnsavedRotation() {
    storeFailuresLeft.set(1);
    AccountSession session = fixture.builder().build().session(Fixture.KEY,
        new TokenSet(OLD_ACCESS, Optional.of(Fixture.OLD_REFRESH),
            Optional.of(fixture.clock.instant().plusSeconds(30)), Optional.empty()));
    assertThat(failureNow(session.userInfo())).isInstanceOf(TokenStoreException.class);

    assertThat(valueNow(session.userInfo())).isEqualTo(ME);
    assertThat(fixture.api.refresh.calls()).isEqualTo(1);
    assertThat(fixture.api.userInfo.inputs()).containsExactly(NEW_ACCESS);
  }
}
