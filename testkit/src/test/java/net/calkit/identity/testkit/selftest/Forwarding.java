package net.calkit.identity.testkit.selftest;

import java.util.List;
import java.util.concurrent.CompletionStage;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.ports.IdentityApi;

/** A decorator that forwards every call; broken adapters override one method. */
class Forwarding implements IdentityApi {
  final IdentityApi delegate;

  Forwarding(IdentityApi delegate) {
    this.delegate = delegate;
  }

  @Override
  public CompletionStage<UserInfo> userInfo(AccessToken token) {
    return delegate.userInfo(token);
  }

  @Override
  public CompletionStage<Account> account(AccessToken token) {
    return delegate.account(token);
  }

  @Override
  public CompletionStage<List<CalendarProfile>> profiles(AccessToken token) {
    return delegate.profiles(token);
  }

  @Override
  public CompletionStage<Void> revokeProfile(AccessToken token, ProfileId profileId) {
    return delegate.revokeProfile(token, profileId);
  }

  @Override
  public CompletionStage<TokenResponse> refresh(ClientCredentials client, RefreshToken refreshToken) {
    return delegate.refresh(client, refreshToken);
  }
}
