package net.calkit.identity.reliability;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.ports.IdentityApi;

/** Counts the attempts the application service makes through an adapter, then delegates. */
final class CountingApi implements IdentityApi {
  private final IdentityApi delegate;
  final AtomicInteger apiCalls = new AtomicInteger();
  final AtomicInteger refreshes = new AtomicInteger();
  final AtomicInteger refreshFailures = new AtomicInteger();

  CountingApi(IdentityApi delegate) {
    this.delegate = delegate;
  }

  @Override
  public CompletionStage<UserInfo> userInfo(AccessToken token) {
    apiCalls.incrementAndGet();
    return delegate.userInfo(token);
  }

  @Override
  public CompletionStage<Account> account(AccessToken token) {
    apiCalls.incrementAndGet();
    return delegate.account(token);
  }

  @Override
  public CompletionStage<List<CalendarProfile>> profiles(AccessToken token) {
    apiCalls.incrementAndGet();
    return delegate.profiles(token);
  }

  @Override
  public CompletionStage<Void> revokeProfile(AccessToken token, ProfileId profileId) {
    apiCalls.incrementAndGet();
    return delegate.revokeProfile(token, profileId);
  }

  @Override
  public CompletionStage<TokenResponse> refresh(ClientCredentials client, RefreshToken refreshToken) {
    refreshes.incrementAndGet();
    CompletionStage<TokenResponse> stage = delegate.refresh(client, refreshToken);
    stage.whenComplete((response, failure) -> {
      if (failure != null) {
        refreshFailures.incrementAndGet();
      }
    });
    return stage;
  }
}
