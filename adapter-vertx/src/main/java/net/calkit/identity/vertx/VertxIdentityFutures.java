package net.calkit.identity.vertx;

import io.vertx.core.Future;
import java.util.List;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;

/**
 * The calls of {@link VertxIdentityApi} as Vert.x {@link Future}s, for code that composes futures.
 * Same behaviour, threading and errors as the {@link java.util.concurrent.CompletionStage} methods;
 * only cancellation is not available here.
 */
public interface VertxIdentityFutures {

  /** {@code GET /v1/userinfo}. */
  Future<UserInfo> userInfo(AccessToken token);

  /** {@code GET /v1/account}. */
  Future<Account> account(AccessToken token);

  /** {@code GET /v1/profiles}. */
  Future<List<CalendarProfile>> profiles(AccessToken token);

  /** {@code POST /v1/profiles/{id}/revoke}; completes with null on 202. */
  Future<Void> revokeProfile(AccessToken token, ProfileId profileId);

  /** {@code POST /oauth/token}, refresh grant. */
  Future<TokenResponse> refresh(ClientCredentials client, RefreshToken refreshToken);
}
