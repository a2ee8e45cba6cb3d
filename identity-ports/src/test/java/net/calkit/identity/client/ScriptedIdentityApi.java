package net.calkit.identity.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.ports.IdentityApi;

/**
 * A scripted {@link IdentityApi}: each endpoint answers from a queue of scripted answers, then from a
 * fallback; it records every input and every stage it handed out. Thread-safe.
 */
final class ScriptedIdentityApi implements IdentityApi {
  /** The input of a revoke call. */
  record Revoke(AccessToken token, ProfileId profileId) {}

  final Endpoint<AccessToken, UserInfo> userInfo = new Endpoint<>("userInfo");
  final Endpoint<AccessToken, Account> account = new Endpoint<>("account");
  final Endpoint<AccessToken, List<CalendarProfile>> profiles = new Endpoint<>("profiles");
  final Endpoint<Revoke, Void> revoke = new Endpoint<>("revokeProfile");
  final Endpoint<RefreshToken, TokenResponse> refresh = new Endpoint<>("refresh");

  @Override
  public CompletionStage<UserInfo> userInfo(AccessToken token) {
    return userInfo.call(token);
  }

  @Override
  public CompletionStage<Account> account(AccessToken token) {
    return account.call(token);
  }

  @Override
  public CompletionStage<List<CalendarProfile>> profiles(AccessToken token) {
    return profiles.call(token);
  }

  @Override
  public CompletionStage<Void> revokeProfile(AccessToken token, ProfileId profileId) {
    return revoke.call(new Revoke(token, profileId));
  }

  @Override
  public CompletionStage<TokenResponse> refresh(ClientCredentials client, RefreshToken refreshToken) {
    return refresh.call(refreshToken);
  }

  static final class Endpoint<I, T> {
    private final String name;
    private final ConcurrentLinkedQueue<Function<I, CompletionStage<T>>> script = new ConcurrentLinkedQueue<>();
    private volatile Function<I, CompletionStage<T>> otherwise;
    private final List<I> inputs = new ArrayList<>();
    private final List<CompletableFuture<T>> stages = new ArrayList<>();

    Endpoint(String name) {
      this.name = name;
      this.otherwise = input -> CompletableFuture.failedFuture(new AssertionError("unscripted call to " + name));
    }

    /** Queues one answer. */
    Endpoint<I, T> then(Function<I, CompletionStage<T>> answer) {
      script.add(answer);
      return this;
    }

    Endpoint<I, T> thenReturn(T value) {
      return then(input -> CompletableFuture.completedFuture(value));
    }

    Endpoint<I, T> thenFail(Throwable failure) {
      return then(input -> CompletableFuture.failedFuture(failure));
    }

    /** Queues an answer the test completes later. */
    CompletableFuture<T> thenHold() {
      CompletableFuture<T> held = new CompletableFuture<>();
      then(input -> held);
      return held;
    }

    /** Answers every call once the script is used up. */
    Endpoint<I, T> otherwise(Function<I, CompletionStage<T>> answer) {
      this.otherwise = answer;
      return this;
    }

    CompletionStage<T> call(I input) {
      synchronized (this) {
        inputs.add(input);
      }
      Function<I, CompletionStage<T>> answer = script.poll();
      CompletionStage<T> stage = (answer != null ? answer : otherwise).apply(input);
      if (stage != null) {
        synchronized (this) {
          stages.add(stage.toCompletableFuture());
        }
      }
      return stage;
    }

    synchronized int calls() {
      return inputs.size();
    }

    synchronized List<I> inputs() {
      return List.copyOf(inputs);
    }

    synchronized List<CompletableFuture<T>> stages() {
      return List.copyOf(stages);
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
