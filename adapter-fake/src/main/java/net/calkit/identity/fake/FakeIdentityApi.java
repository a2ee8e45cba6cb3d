package net.calkit.identity.fake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import net.calkit.identity.client.Scheduler;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.error.TransportException;

/**
 * The in-process adapter over a {@link FakeCronofy}: each call is one {@link FakeCronofy#handle} and
 * fails with the exception the real API's answer would map to. Thread-safe; records every call.
 *
 * <p>Stages complete before the method returns (on the caller's thread), except when a
 * {@link Fault#delay} is scripted: then they complete on the {@link Scheduler}'s thread after the delay.
 * Cancelling such a stage cancels the scheduled delivery. Each stage completes exactly once; no method
 * throws (a null argument fails the stage with {@link NullPointerException}).
 */
public final class FakeIdentityApi implements net.calkit.identity.ports.IdentityApi {
  private static final Function<ProfileId, Void> TO_VOID = id -> null;

  private final FakeCronofy world;
  private final Scheduler scheduler;
  private final boolean recordCalls;
  private final ConcurrentLinkedQueue<RecordedCall> calls = new ConcurrentLinkedQueue<>();
  private final LongAdder[] counts = new LongAdder[FakeEndpoint.values().length];

  private FakeIdentityApi(Builder builder) {
    this.world = builder.world;
    this.scheduler = builder.scheduler;
    this.recordCalls = builder.recordCalls;
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new LongAdder();
    }
  }

  /** An adapter over {@code world} that records calls and runs delays on {@link Scheduler#systemDefault()}. */
  public static FakeIdentityApi create(FakeCronofy world) {
    return builder(world).build();
  }

  /** Starts building an adapter over {@code world}. */
  public static Builder builder(FakeCronofy world) {
    return new Builder(world);
  }

  /** The world it answers from. */
  public FakeCronofy world() {
    return world;
  }

  @Override
  public CompletionStage<UserInfo> userInfo(AccessToken token) {
    if (token == null) {
      return nullArgument("token");
    }
    record(FakeEndpoint.USERINFO, token, null, null);
    return complete(world.handle(FakeRequest.userInfo(token)), Function.identity());
  }

  @Override
  public CompletionStage<Account> account(AccessToken token) {
    if (token == null) {
      return nullArgument("token");
    }
    record(FakeEndpoint.ACCOUNT, token, null, null);
    return complete(world.handle(FakeRequest.account(token)), Function.identity());
  }

  @Override
  public CompletionStage<List<CalendarProfile>> profiles(AccessToken token) {
    if (token == null) {
      return nullArgument("token");
    }
    record(FakeEndpoint.PROFILES, token, null, null);
    return complete(world.handle(FakeRequest.profiles(token)), Function.identity());
  }

  @Override
  public CompletionStage<Void> revokeProfile(AccessToken token, ProfileId profileId) {
    if (token == null || profileId == null) {
      return nullArgument(token == null ? "token" : "profileId");
    }
    record(FakeEndpoint.REVOKE, token, null, profileId);
    return complete(world.handle(FakeRequest.revokeProfile(token, profileId)), TO_VOID);
  }

  @Override
  public CompletionStage<TokenResponse> refresh(ClientCredentials client, RefreshToken refreshToken) {
    if (client == null || refreshToken == null) {
      return nullArgument(client == null ? "client" : "refreshToken");
    }
    record(FakeEndpoint.TOKEN, null, refreshToken, null);
    return complete(world.handle(FakeRequest.refresh(client, refreshToken)), Function.identity());
  }

  /** Every recorded call, oldest first (empty when recording is off). */
  public List<RecordedCall> calls() {
    return List.copyOf(calls);
  }

  /** The recorded calls to one endpoint, oldest first. */
  public List<RecordedCall> calls(FakeEndpoint endpoint) {
    Objects.requireNonNull(endpoint, "endpoint == null");
    return calls.stream().filter(call -> call.endpoint() == endpoint).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** How many calls {@code endpoint} received since creation or {@link #clearCalls()} (counted even when recording is off). */
  public long callCount(FakeEndpoint endpoint) {
    return counts[Objects.requireNonNull(endpoint, "endpoint == null").ordinal()].sum();
  }

  /** Forgets the recorded calls and counts. */
  public void clearCalls() {
    calls.clear();
    for (LongAdder count : counts) {
      count.reset();
    }
  }

  private void record(FakeEndpoint endpoint, AccessToken token, RefreshToken refreshToken, ProfileId profileId) {
    counts[endpoint.ordinal()].increment();
    if (recordCalls) {
      calls.add(new RecordedCall(endpoint, Optional.ofNullable(token), Optional.ofNullable(refreshToken),
          Optional.ofNullable(profileId), world.clock().instant()));
    }
  }

  private static <R> CompletionStage<R> nullArgument(String name) {
    return CompletableFuture.failedFuture(new NullPointerException(name + " == null"));
  }

  private <T, R> CompletionStage<R> complete(FakeResponse<T> response, Function<T, R> value) {
    if (response instanceof FakeResponse.Ok) {
      return CompletableFuture.completedFuture(value.apply(((FakeResponse.Ok<T>) response).value()));
    }
    if (response instanceof FakeResponse.Failure) {
      return CompletableFuture.failedFuture(((FakeResponse.Failure<T>) response).toException());
    }
    if (response instanceof FakeResponse.TransportFailure) {
      return CompletableFuture.failedFuture(((FakeResponse.TransportFailure<T>) response).toException());
    }
    FakeResponse.Delayed<T> delayed = (FakeResponse.Delayed<T>) response;
    CompletableFuture<R> future = new CompletableFuture<>();
    Scheduler.Cancellable timer;
    try {
      timer = scheduler.schedule(delayed.delay(), () -> complete(delayed.then(), value).whenComplete((result, error) -> {
        if (error != null) {
          future.completeExceptionally(error);
        } else {
          future.complete(result);
        }
      }));
    } catch (RuntimeException schedulerFailure) {
      // the port fails only with IdentityException; the delivery could not be scheduled, as if the connection broke
      future.completeExceptionally(new TransportException(
          "could not schedule the delayed answer: " + schedulerFailure.getClass().getName(), null));
      return future;
    }
    future.whenComplete((result, error) -> {
      if (future.isCancelled()) {
        timer.cancel();
      }
    });
    return future;
  }

  @Override
  public String toString() {
    return "FakeIdentityApi[" + world + "]";
  }

  /** Builds a {@link FakeIdentityApi}; every setting has a documented default. */
  public static final class Builder {
    private final FakeCronofy world;
    private Scheduler scheduler = Scheduler.systemDefault();
    private boolean recordCalls = true;

    private Builder(FakeCronofy world) {
      this.world = Objects.requireNonNull(world, "world == null");
    }

    /** Runs scripted delays. Default: {@link Scheduler#systemDefault()}; tests pass a manual one. */
    public Builder scheduler(Scheduler value) {
      this.scheduler = Objects.requireNonNull(value, "scheduler == null");
      return this;
    }

    /** Whether to keep every call for {@link #calls()} (counts are kept regardless). Default: true; turn off for benchmarks. */
    public Builder recordCalls(boolean value) {
      this.recordCalls = value;
      return this;
    }

    /** The adapter. */
    public FakeIdentityApi build() {
      return new FakeIdentityApi(this);
    }
  }
}
