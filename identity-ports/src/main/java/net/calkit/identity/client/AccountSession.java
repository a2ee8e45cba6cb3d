package net.calkit.identity.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.TokenStoreException;
import net.calkit.identity.domain.policy.RetryDecision;
import org.jspecify.annotations.Nullable;

/**
 * The calls of one authorization, thread-safe and shared by all callers acting for it.
 *
 * <p>Each call refreshes a stale token first (going on with it if that refresh fails transiently before
 * the token expires), refreshes once on 401 (one refresh shared by all
 * concurrent calls of this session) and replays once, saves again a rotation the token store failed to
 * keep before using it (see {@link net.calkit.identity.ports.TokenStore}), retries transient failures
 * with backoff, and
 * ends within {@link IdentityClient.Builder#callTimeout}. Each returned stage is a
 * {@link CompletableFuture}: it completes exactly once, never throws synchronously and never blocks;
 * cancelling it cancels the attempt in flight and any pending backoff. It completes on the thread that
 * completed the adapter's (or the token store's) stage, which is an event loop for
 * {@code adapter-vertx} and may be the calling thread for an adapter that answers at once; it completes
 * on the {@link Scheduler}'s thread when the deadline passes or when a retry fails at once. Use the
 * {@code *Async} variants for blocking work. Stages fail with an
 * {@link net.calkit.identity.domain.error.IdentityException} subtype.
 *
 * <p>Null arguments are programming errors and throw {@link NullPointerException} at once, before
 * anything is sent (as {@code adapter-vertx} does); every other failure fails the stage.
 */
public final class AccountSession {
  private final IdentityClient client;
  private final String key;
  private final AtomicReference<TokenSet> tokens;
  private final AtomicReference<@Nullable CompletableFuture<TokenSet>> refreshing = new AtomicReference<>();
  /** A rotation the store failed to keep; it replaces {@code previous} once a later save succeeds. */
  private final AtomicReference<@Nullable Unsaved> unsaved = new AtomicReference<>();

  /** Rotated tokens the server has issued in place of {@code previous} but the store has not kept. */
  private record Unsaved(TokenSet previous, TokenSet next) {}

  AccountSession(IdentityClient client, String key, TokenSet tokens) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.key = Objects.requireNonNull(key, "key == null");
    this.tokens = new AtomicReference<>(Objects.requireNonNull(tokens, "tokens == null"));
  }

  /** The name given to the token store. */
  public String key() {
    return key;
  }

  /**
   * The current tokens: the latest stored rotation, or those the session started with. A rotation the
   * store failed to keep is not current until a later save succeeds.
   */
  public TokenSet tokens() {
    return tokens.get();
  }

  /** {@code GET /v1/userinfo}. */
  public CompletionStage<UserInfo> userInfo() {
    return new SessionCall<>(client, this, client.api::userInfo, true, true).start();
  }

  /** {@code GET /v1/account}. */
  public CompletionStage<Account> account() {
    return new SessionCall<>(client, this, client.api::account, true, true).start();
  }

  /** {@code GET /v1/profiles}. */
  public CompletionStage<List<CalendarProfile>> profiles() {
    return new SessionCall<>(client, this, client.api::profiles, true, true).start();
  }

  /**
   * {@code POST /v1/profiles/{id}/revoke}; completes with null. Retried only after 429 and 503: after a
   * fault that may have reached the server, a retry could get 404 for a profile that was revoked.
   */
  public CompletionStage<Void> revokeProfile(ProfileId profileId) {
    Objects.requireNonNull(profileId, "profileId == null");
    return new SessionCall<Void>(client, this, token -> client.api.revokeProfile(token, profileId), false, false).start();
  }

  @Override
  public String toString() {
    return "AccountSession[key=" + key + ", tokens=" + tokens.get() + "]";
  }

  /** Whether {@code current} can be refreshed: it has a refresh token and the client has credentials. */
  boolean canRefresh(TokenSet current) {
    return current.refreshToken().isPresent() && client.clientCredentials.isPresent();
  }

  /** Whether a rotation of the current tokens awaits a successful save. */
  boolean hasUnsavedRotation() {
    return unsavedRotationOf(tokens.get()) != null;
  }

  private @Nullable Unsaved unsavedRotationOf(TokenSet current) {
    Unsaved pending = unsaved.get();
    return pending != null && pending.previous() == current ? pending : null;
  }

  /**
   * The tokens to use instead of {@code used}: the current ones if another call already replaced
   * {@code used}, otherwise those of the flight in progress, started here if there is none. The flight
   * saves an unsaved rotation again if there is one (the server has already spent the old refresh token),
   * and refreshes otherwise. Only call when {@link #canRefresh} or {@link #hasUnsavedRotation} holds.
   */
  CompletableFuture<TokenSet> tokensReplacing(AccessToken used) {
    while (true) {
      TokenSet current = tokens.get();
      if (!current.accessToken().equals(used)) {
        return CompletableFuture.completedFuture(current);
      }
      CompletableFuture<TokenSet> flight = refreshing.get();
      if (flight != null) {
        return flight;
      }
      CompletableFuture<TokenSet> mine = new CompletableFuture<>();
      if (refreshing.compareAndSet(null, mine)) {
        // A flight that finished between the reads above swapped the tokens before clearing the slot.
        TokenSet now = tokens.get();
        Unsaved pending = unsavedRotationOf(now);
        if (now.accessToken().equals(used) && pending != null) {
          new Refresh(now, mine).start(pending.next());
        } else if (!now.accessToken().equals(used) || !canRefresh(now)) {
          refreshing.compareAndSet(mine, null);
          mine.complete(now);
        } else {
          new Refresh(now, mine).start(null);
        }
        return mine;
      }
    }
  }

  /**
   * One single-flight refresh: {@code POST /oauth/token}, then the token store, then the swap; or, for
   * a rotation the store failed to keep, only the store and the swap. Bounded
   * by its own deadline (the call timeout) so that a stuck adapter cannot wedge the session; a waiting
   * call that gives up does not cancel it, because other calls wait on it too.
   */
  private final class Refresh {
    private final TokenSet previous;
    private final CompletableFuture<TokenSet> flight;
    private volatile @Nullable Instant deadline;
    private volatile Scheduler.@Nullable Cancellable timer;
    private volatile Scheduler.@Nullable Cancellable backoff;
    private int attempts;

    Refresh(TokenSet previous, CompletableFuture<TokenSet> flight) {
      this.previous = previous;
      this.flight = flight;
    }

    /** Refreshes, or only saves {@code unsavedRotation} when there is one. */
    void start(@Nullable TokenSet unsavedRotation) {
      try {
        deadline = client.clock.instant().plus(client.callTimeout);
        timer = client.scheduler.schedule(client.callTimeout,
            () -> finish(null, new DeadlineExceededException(DeadlineExceededException.Scope.CALL, client.callTimeout)));
        flight.whenComplete((tokenSet, failure) -> release());
        if (unsavedRotation != null) {
          store(unsavedRotation);
        } else {
          attempt();
        }
      } catch (RuntimeException unexpected) {
        finish(null, Failures.fromAdapter(unexpected));
      }
    }

    private void attempt() {
      if (flight.isDone()) {
        return;
      }
      attempts++;
      CompletionStage<TokenResponse> stage;
      try {
        ClientCredentials credentials = client.clientCredentials.orElseThrow();
        RefreshToken refreshToken = previous.refreshToken().orElseThrow();
        stage = client.api.refresh(credentials, refreshToken);
      } catch (RuntimeException thrown) {
        stage = CompletableFuture.failedFuture(thrown);
      }
      if (stage == null) {
        stage = CompletableFuture.failedFuture(Failures.contractBroken("returned no stage for a refresh"));
      }
      stage.whenComplete(this::onAnswer);
    }

    private void onAnswer(@Nullable TokenResponse response, @Nullable Throwable error) {
      try {
        if (error != null) {
          onFailure(Failures.fromAdapter(error));
        } else if (response == null) {
          onFailure(Failures.contractBroken("completed a refresh without a token response"));
        } else if (!flight.isDone() || tokens.get() == previous) {
          // A late answer (the flight timed out) is still kept, as its refresh token replaced ours, unless
          // another refresh has replaced the tokens since: storing it then would overwrite newer tokens.
          store(response.toTokenSet(client.clock.instant(), previous.refreshToken()));
        }
      } catch (RuntimeException unexpected) {
        finish(null, Failures.fromAdapter(unexpected));
      }
    }

    /**
     * POST /oauth/token rotates the refresh token. After a fault that may have reached the server (a
     * transport error, a timeout, a 500) the old refresh token may already be spent, so retrying could
     * only burn the authorization. 429 and 503 are answered before any work is done; only those retry.
     */
    private void onFailure(IdentityException failure) {
      if (!Failures.certainlyNotProcessed(failure) || flight.isDone()) {
        finish(null, failure);
        return;
      }
      Instant now = client.clock.instant();
      RetryDecision decision = client.retryPolicy.decide(attempts, failure, now, client.random);
      Instant end = deadline;
      if (!(decision instanceof RetryDecision.Retry) || end == null
          || !now.plus(((RetryDecision.Retry) decision).delay()).isBefore(end)) {
        finish(null, failure);
        return;
      }
      Scheduler.Cancellable scheduled = client.scheduler.schedule(((RetryDecision.Retry) decision).delay(), this::attempt);
      backoff = scheduled;
      if (flight.isDone()) {
        scheduled.cancel();
      }
    }

    private void store(TokenSet next) {
      CompletionStage<Void> saved;
      try {
        saved = client.tokenStore.save(key, next);
      } catch (RuntimeException thrown) {
        saved = CompletableFuture.failedFuture(thrown);
      }
      if (saved == null) {
        saved = CompletableFuture.failedFuture(new NullPointerException("TokenStore.save returned null"));
      }
      saved.whenComplete((ignored, storeFailure) -> {
        if (storeFailure != null) {
          // Remembered before the slot is cleared, so the next flight saves it instead of refreshing again.
          if (tokens.get() == previous) {
            unsaved.set(new Unsaved(previous, next));
          }
          // the store saw the new tokens, so its message may quote them: keep only class names and traces
          finish(null, new TokenStoreException(Failures.redact(Failures.unwrap(storeFailure)), next));
          return;
        }
        tokens.compareAndSet(previous, next);
        unsaved.updateAndGet(pending -> pending != null && pending.previous() == previous ? null : pending);
        finish(next, null);
      });
    }

    /** Clears the slot before completing, so a late 401 sees either the new tokens or no flight. */
    private void finish(@Nullable TokenSet next, @Nullable Throwable failure) {
      refreshing.compareAndSet(flight, null);
      if (failure != null) {
        flight.completeExceptionally(failure);
      } else {
        flight.complete(next);
      }
    }

    private void release() {
      Scheduler.Cancellable pendingTimer = timer;
      if (pendingTimer != null) {
        pendingTimer.cancel();
      }
      Scheduler.Cancellable pendingBackoff = backoff;
      if (pendingBackoff != null) {
        pendingBackoff.cancel();
      }
    }
  }
}
