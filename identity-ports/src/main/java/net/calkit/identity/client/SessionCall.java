package net.calkit.identity.client;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.UnauthorizedException;
import net.calkit.identity.domain.policy.RetryDecision;
import org.jspecify.annotations.Nullable;

/**
 * One call on behalf of a session: proactive refresh, attempts, 401 refresh and replay, backoff, and
 * the whole-call deadline. Steps run one after another, each started from the completion of the one
 * before (a stage callback or a scheduler task), so the step counters need no locking; the fields that
 * {@link #release} reads from another thread are volatile.
 */
final class SessionCall<T> {
  private final IdentityClient client;
  private final AccountSession session;
  private final Function<AccessToken, @Nullable CompletionStage<T>> operation;
  private final boolean valueRequired;
  /** Whether a repeat is harmless (a read); otherwise only failures the server did not act on are retried. */
  private final boolean idempotent;
  private final CompletableFuture<T> result = new CompletableFuture<>();

  private volatile Instant deadline = Instant.MAX;
  private volatile Scheduler.@Nullable Cancellable deadlineTimer;
  private volatile Scheduler.@Nullable Cancellable backoff;
  private volatile @Nullable CompletableFuture<?> inFlight;

  /** Attempts charged to the retry policy; the replay after a 401 is not a retry and is not charged. */
  private int attempts;
  /** Whether this call has waited for new tokens; a call does so at most once. */
  private boolean renewed;

  SessionCall(IdentityClient client, AccountSession session, Function<AccessToken, @Nullable CompletionStage<T>> operation,
      boolean valueRequired, boolean idempotent) {
    this.client = client;
    this.session = session;
    this.operation = operation;
    this.valueRequired = valueRequired;
    this.idempotent = idempotent;
  }

  CompletableFuture<T> start() {
    try {
      deadline = client.clock.instant().plus(client.callTimeout);
      deadlineTimer = client.scheduler.schedule(client.callTimeout, this::expire);
      result.whenComplete((value, failure) -> release());
      attempt();
    } catch (RuntimeException unexpected) {
      // Only the injected clock or scheduler can get here; the stage still fails, typed, instead of throwing.
      result.completeExceptionally(Failures.fromAdapter(unexpected));
    }
    return result;
  }

  private void attempt() {
    if (result.isDone()) {
      return;
    }
    try {
      TokenSet current = session.tokens();
      if (!renewed && session.hasUnsavedRotation()) {
        // a rotation the store failed to keep is saved (and used) first: the old refresh token is spent
        renewed = true;
        awaitTokens(session.tokensReplacing(current.accessToken()), false);
        return;
      }
      if (!renewed && session.canRefresh(current) && client.tokenFreshness.isStale(current, client.clock.instant())) {
        renewed = true;
        awaitTokens(session.tokensReplacing(current.accessToken()), true);
        return;
      }
      send(current.accessToken());
    } catch (RuntimeException unexpected) {
      result.completeExceptionally(Failures.fromAdapter(unexpected));
    }
  }

  private void send(AccessToken token) {
    attempts++;
    CompletionStage<T> stage;
    try {
      stage = operation.apply(token);
    } catch (RuntimeException thrown) {
      stage = CompletableFuture.failedFuture(thrown);
    }
    if (stage == null) {
      stage = CompletableFuture.failedFuture(Failures.contractBroken("returned no stage"));
    }
    CompletableFuture<T> future = null;
    try {
      future = stage.toCompletableFuture();
    } catch (UnsupportedOperationException notCancellable) {
      // a stage without a future face cannot be cancelled; it is still awaited
    }
    inFlight = future;
    if (future != null && result.isDone()) {
      future.cancel(false);
    }
    stage.whenComplete((value, failure) -> onAttempt(token, value, failure));
  }

  private void onAttempt(AccessToken token, @Nullable T value, @Nullable Throwable failure) {
    if (result.isDone()) {
      return;
    }
    try {
      if (failure != null) {
        onFailure(token, Failures.fromAdapter(failure));
      } else if (value == null && valueRequired) {
        onFailure(token, Failures.contractBroken("completed without a value"));
      } else {
        result.complete(value);
      }
    } catch (RuntimeException unexpected) {
      result.completeExceptionally(Failures.fromAdapter(unexpected));
    }
  }

  private void onFailure(AccessToken token, IdentityException failure) {
    if (failure instanceof UnauthorizedException && !renewed
        && (session.canRefresh(session.tokens()) || session.hasUnsavedRotation())) {
      renewed = true;
      attempts--;
      awaitTokens(session.tokensReplacing(token), false);
      return;
    }
    if (!idempotent && !Failures.certainlyNotProcessed(failure)) {
      result.completeExceptionally(failure);
      return;
    }
    Instant now = client.clock.instant();
    RetryDecision decision = client.retryPolicy.decide(attempts, failure, now, client.random);
    if (!(decision instanceof RetryDecision.Retry)) {
      result.completeExceptionally(failure);
      return;
    }
    Duration delay = ((RetryDecision.Retry) decision).delay();
    if (!now.plus(delay).isBefore(deadline)) {
      // waiting would outlive the call: the last error says more than a deadline error would
      result.completeExceptionally(failure);
      return;
    }
    Scheduler.Cancellable scheduled = client.scheduler.schedule(delay, this::attempt);
    backoff = scheduled;
    if (result.isDone()) {
      scheduled.cancel();
    }
  }

  /**
   * Goes on once {@code renewal} completes. A proactive refresh (the token was only close to expiry) that
   * fails transiently does not fail the call while the current token is still unexpired: it is used.
   */
  private void awaitTokens(CompletableFuture<TokenSet> renewal, boolean proactive) {
    renewal.whenComplete((tokens, failure) -> {
      if (failure == null) {
        attempt();
        return;
      }
      if (result.isDone()) {
        return;
      }
      try {
        IdentityException error = Failures.fromAdapter(failure);
        TokenSet current = session.tokens();
        Instant now = client.clock.instant();
        if (proactive && error.isTransient() && current.expiresAt().map(now::isBefore).orElse(true)) {
          send(current.accessToken());
        } else {
          result.completeExceptionally(error);
        }
      } catch (RuntimeException unexpected) {
        result.completeExceptionally(Failures.fromAdapter(unexpected));
      }
    });
  }

  private void expire() {
    result.completeExceptionally(new DeadlineExceededException(DeadlineExceededException.Scope.CALL, client.callTimeout));
  }

  /** Runs once the result is complete, whoever completed it: nothing of this call may outlive it. */
  private void release() {
    Scheduler.Cancellable timer = deadlineTimer;
    if (timer != null) {
      timer.cancel();
    }
    Scheduler.Cancellable pendingBackoff = backoff;
    if (pendingBackoff != null) {
      pendingBackoff.cancel();
    }
    CompletableFuture<?> attemptInFlight = inFlight;
    if (attemptInFlight != null) {
      attemptInFlight.cancel(false);
    }
  }
}
