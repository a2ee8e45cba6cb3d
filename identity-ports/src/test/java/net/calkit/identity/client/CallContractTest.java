package net.calkit.identity.client;

import static net.calkit.identity.client.Fixture.KEY;
import static net.calkit.identity.client.Fixture.ME;
import static net.calkit.identity.client.Fixture.TIMEOUT;
import static net.calkit.identity.client.Fixture.failureNow;
import static net.calkit.identity.client.Fixture.rotated;
import static net.calkit.identity.client.Fixture.unauthorized;
import static net.calkit.identity.client.Fixture.valueNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.TokenStoreException;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.domain.policy.RetryPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("every call: completes once, never throws, never leaks a secret")
class CallContractTest {
  private static final String SECRET = "SECRET";

  private final Fixture fixture = new Fixture();

  private AccountSession noRetrySession() {
    return fixture.builder().retryPolicy(RetryPolicy.NONE).build().session(KEY, Fixture.oldTokens());
  }

  private static String everythingPrinted(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  @Test
  @DisplayName("a null argument is a programming error: it throws NullPointerException at once and calls nothing")
  void nullArgumentThrows() {
    AccountSession session = fixture.session();

    assertThatThrownBy(() -> session.revokeProfile(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("profileId == null");
    assertThat(fixture.api.revoke.calls()).isZero();
    assertThat(fixture.scheduler.pendingCount()).isZero();
  }

  @Test
  @DisplayName("a success completes the stage once: the deadline timer is released and never fires")
  void successIsFinal() {
    fixture.api.userInfo.thenReturn(ME);
    CompletionStage<UserInfo> stage = fixture.session().userInfo();
    AtomicInteger completions = new AtomicInteger();
    stage.whenComplete((value, failure) -> completions.incrementAndGet());

    fixture.scheduler.advance(TIMEOUT.multipliedBy(2));

    assertThat(valueNow(stage)).isEqualTo(ME);
    assertThat(completions).hasValue(1);
    assertThat(fixture.scheduler.pendingCount()).isZero();
    assertThat(fixture.scheduler.cancelledCount()).as("the deadline timer").isEqualTo(1);
  }

  @Test
  @DisplayName("after the deadline, a late answer of the (cancelled) attempt changes nothing and starts nothing")
  void deadlineIsFinal() {
    CompletableFuture<UserInfo> attempt = fixture.api.userInfo.thenHold();
    fixture.api.refresh.thenReturn(rotated());
    CompletionStage<UserInfo> stage = fixture.session().userInfo();
    fixture.scheduler.advance(TIMEOUT);

    attempt.obtrudeException(unauthorized());
    fixture.scheduler.advance(TIMEOUT);

    assertThat(failureNow(stage)).isInstanceOf(DeadlineExceededException.class);
    assertThat(fixture.api.userInfo.calls()).isEqualTo(1);
    assertThat(fixture.api.refresh.calls()).isZero();
  }

  @Test
  @DisplayName("an adapter that throws does not throw from the session; the call fails with a redacted TransportException")
  void throwingAdapterDoesNotThrow() {
    fixture.api.userInfo.then(token -> {
      throw new IllegalStateException("request with Bearer at-old-" + SECRET + "-0001 failed");
    });
    AccountSession session = noRetrySession();

    CompletionStage<UserInfo> stage = session.userInfo();

    assertThat(failureNow(stage)).isInstanceOfSatisfying(TransportException.class, failure -> {
      assertThat(failure.getMessage()).contains(IllegalStateException.class.getName());
      assertThat(everythingPrinted(failure)).doesNotContain(SECRET).contains("CallContractTest");
    });
  }

  @Test
  @DisplayName("a foreign failure of the adapter's stage is redacted along its whole cause chain")
  void foreignStageFailureIsRedacted() {
    fixture.api.profiles.thenFail(new UncheckedIOException("write failed for token " + SECRET,
        new IOException("Authorization: Bearer " + SECRET)));

    Throwable failure = failureNow(noRetrySession().profiles());

    assertThat(failure).isInstanceOf(TransportException.class);
    assertThat(failure.getMessage()).contains(UncheckedIOException.class.getName());
    assertThat(failure.getCause()).hasMessageContaining(UncheckedIOException.class.getName());
    assertThat(failure.getCause().getCause()).hasMessageContaining(IOException.class.getName());
    assertThat(everythingPrinted(failure)).doesNotContain(SECRET);
  }

  @Test
  @DisplayName("foreign failures count as transport faults: retried, then reported")
  void foreignFailuresAreRetried() {
    fixture.api.account.otherwise(token -> {
      throw new IllegalStateException("boom");
    });
    CompletionStage<?> stage = fixture.session().account();

    fixture.scheduler.advance(Duration.ofSeconds(5));

    assertThat(failureNow(stage)).isInstanceOf(TransportException.class);
    assertThat(fixture.api.account.calls()).isEqualTo(RetryPolicy.DEFAULT_MAX_ATTEMPTS);
  }

  @Test
  @DisplayName("an adapter that returns null instead of a stage fails the call with TransportException")
  void nullStageIsTransportFailure() {
    fixture.api.userInfo.then(token -> null);

    assertThat(failureNow(noRetrySession().userInfo())).isInstanceOf(TransportException.class)
        .hasMessageContaining("returned no stage");
  }

  @Test
  @DisplayName("an adapter that completes a read with null fails the call with TransportException")
  void nullValueIsTransportFailure() {
    fixture.api.profiles.then(token -> CompletableFuture.<List<CalendarProfile>>completedFuture(null));

    assertThat(failureNow(noRetrySession().profiles())).isInstanceOf(TransportException.class)
        .hasMessageContaining("without a value");
  }

  @Test
  @DisplayName("an adapter whose refresh throws fails the call with TransportException and does not wedge the session")
  void throwingRefreshDoesNotWedgeTheSession() {
    fixture.api.userInfo.otherwise(token -> token.equals(Fixture.NEW_ACCESS)
        ? CompletableFuture.completedFuture(ME)
        : CompletableFuture.failedFuture(unauthorized()));
    fixture.api.refresh.then(refreshToken -> {
      throw new IllegalStateException(SECRET);
    }).thenReturn(rotated());
    AccountSession session = fixture.session();

    CompletionStage<UserInfo> first = session.userInfo();

    assertThat(failureNow(first)).isInstanceOf(TransportException.class);
    assertThat(everythingPrinted(failureNow(first))).doesNotContain(SECRET);
    assertThat(valueNow(session.userInfo())).isEqualTo(ME);
  }

  @Test
  @DisplayName("toString of a session never contains a token, before or after a refresh")
  void toStringHidesTokens() {
    fixture.api.userInfo.thenFail(unauthorized()).thenReturn(ME);
    fixture.api.refresh.thenReturn(rotated());
    AccountSession session = fixture.session();
    String before = session.toString();

    valueNow(session.userInfo());

    assertThat(before).contains(KEY).doesNotContain(SECRET);
    assertThat(session.toString()).isNotEqualTo(before).contains(KEY).doesNotContain(SECRET);
  }

  @Test
  @DisplayName("a token store failure that quotes the rotated tokens is redacted along its whole cause chain")
  void tokenStoreFailureIsRedacted() {
    fixture.api.userInfo.thenFail(unauthorized());
    fixture.api.refresh.thenReturn(rotated());
    fixture.store.answering(tokens -> CompletableFuture.failedFuture(new IllegalStateException(
        "duplicate key " + tokens.refreshToken().orElseThrow().value(),
        new IOException("INSERT " + tokens.accessToken().value()))));

    Throwable failure = failureNow(fixture.session().userInfo());

    assertThat(failure).isInstanceOf(TokenStoreException.class);
    assertThat(failure.getCause()).hasMessageContaining(IllegalStateException.class.getName());
    assertThat(failure.getCause().getCause()).hasMessageContaining(IOException.class.getName());
    assertThat(everythingPrinted(failure)).doesNotContain(SECRET);
  }

  @Test
  @DisplayName("a scheduler that refuses the deadline timer fails the stage with an IdentityException, without throwing")
  void refusingSchedulerFailsTheStageWithATypedError() {
    AccountSession session = fixture.builder().scheduler((delay, task) -> {
      throw new RejectedExecutionException("shut down");
    }).build().session(KEY, Fixture.oldTokens());

    Throwable failure = failureNow(session.userInfo());

    assertThat(failure).isInstanceOf(IdentityException.class)
        .hasMessageContaining(RejectedExecutionException.class.getName());
    assertThat(fixture.api.userInfo.calls()).isZero();
  }

  @Test
  @DisplayName("error messages of a refresh failure carry no token")
  void failuresCarryNoToken() {
    fixture.api.userInfo.thenFail(unauthorized());
    fixture.store.answering(tokens -> CompletableFuture.failedFuture(new IllegalStateException("store down")));
    fixture.api.refresh.thenReturn(rotated());

    Throwable failure = failureNow(fixture.session().userInfo());

    assertThat(everythingPrinted(failure)).doesNotContain(SECRET);
  }
}
