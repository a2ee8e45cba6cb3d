package net.calkit.identity.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.UnauthorizedException;

/** Shared test wiring: virtual time, a scripted adapter, a recording store, and well-known secrets. */
final class Fixture {
  static final AccessToken OLD_ACCESS = AccessToken.of("at-old-SECRET-0001");
  static final RefreshToken OLD_REFRESH = RefreshToken.of("rt-old-SECRET-0001");
  static final AccessToken NEW_ACCESS = AccessToken.of("at-new-SECRET-0002");
  static final RefreshToken NEW_REFRESH = RefreshToken.of("rt-new-SECRET-0002");
  static final ClientCredentials CREDENTIALS = ClientCredentials.of("client-id", "client-SECRET-xyz");
  static final UserInfo ME = UserInfo.of(SubjectId.of("acc_5700a00eb0ccd07000000000"));
  static final Duration TIMEOUT = IdentityClient.DEFAULT_CALL_TIMEOUT;
  static final String KEY = "account-1";

  final MutableClock clock = new MutableClock();
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final ScriptedIdentityApi api = new ScriptedIdentityApi();
  final RecordingTokenStore store = new RecordingTokenStore();

  IdentityClient.Builder builder() {
    return IdentityClient.builder(api)
        .clientCredentials(CREDENTIALS)
        .tokenStore(store)
        .clock(clock)
        .scheduler(scheduler)
        .random(new SplittableRandom(7));
  }

  AccountSession session() {
    return builder().build().session(KEY, oldTokens());
  }

  static TokenSet oldTokens() {
    return TokenSet.of(OLD_ACCESS, OLD_REFRESH);
  }

  static TokenResponse rotated() {
    return new TokenResponse("bearer", NEW_ACCESS, Optional.of(NEW_REFRESH), Optional.of(Duration.ofHours(1)),
        Optional.empty());
  }

  static UnauthorizedException unauthorized() {
    return new UnauthorizedException(401, "", "{}");
  }

  static ServerErrorException unavailable() {
    return new ServerErrorException(503, "");
  }

  /** The value of a stage that must already be complete. */
  static <T> T valueNow(CompletionStage<T> stage) {
    CompletableFuture<T> future = stage.toCompletableFuture();
    assertThat(future).as("stage should be complete already").isDone();
    return await(stage);
  }

  /** The failure of a stage that must already be complete. */
  static Throwable failureNow(CompletionStage<?> stage) {
    CompletableFuture<?> future = stage.toCompletableFuture();
    assertThat(future).as("stage should be complete already").isDone();
    return failure(stage);
  }

  /** The value, waiting at most 5 s. */
  static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (ExecutionException failed) {
      throw new AssertionError("expected a value, but the stage failed with " + failed.getCause(), failed.getCause());
    } catch (InterruptedException | TimeoutException notDone) {
      throw new AssertionError("stage did not complete within 5 s", notDone);
    }
  }

  /** The failure, waiting at most 5 s. */
  static Throwable failure(CompletionStage<?> stage) {
    Object value;
    try {
      value = stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (ExecutionException failed) {
      return failed.getCause();
    } catch (InterruptedException | TimeoutException notDone) {
      throw new AssertionError("stage did not complete within 5 s", notDone);
    }
    throw new AssertionError("expected a failure, but the stage completed with " + value);
  }
}
