package net.calkit.identity.ports;

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

/**
 * The driven port for the Cronofy Identity API: what an adapter (HTTP client, fake) implements.
 *
 * <p>The contract, checked by the testkit's contract kit:
 * <ul>
 *   <li>One attempt per call and no policy: no retries, no refresh, no caching.
 *   <li>Every method returns a stage that completes exactly once, never throws synchronously, never
 *       blocks the caller, and fails only with an {@link net.calkit.identity.domain.error.IdentityException}
 *       subtype that matches the response (401 unauthorized, 403 insufficient scope, and so on).
 *   <li>If the caller cancels the stage's {@link java.util.concurrent.CompletableFuture}, the adapter
 *       abandons the attempt (an HTTP adapter resets the request) and releases its resources.
 *   <li>The stage may complete on an adapter thread (an event loop for Vert.x); callers that block
 *       must hop to their own executor with the {@code *Async} variants.
 *   <li>An adapter is bound to one endpoint (a data center's API host or a test override) and is
 *       safe to share: one instance serves many accounts concurrently.
 *   <li>Tokens and client secrets never appear in messages, logs or {@code toString()}.
 * </ul>
 */
public interface IdentityApi {

  /** {@code GET /v1/userinfo}: the identity behind {@code token}. */
  CompletionStage<UserInfo> userInfo(AccessToken token);

  /** {@code GET /v1/account}: the account behind {@code token}. */
  CompletionStage<Account> account(AccessToken token);

  /** {@code GET /v1/profiles}: the calendar profiles of the account behind {@code token}. */
  CompletionStage<List<CalendarProfile>> profiles(AccessToken token);

  /** {@code POST /v1/profiles/{id}/revoke}: revokes the authorization to one profile; 202 completes with null. */
  CompletionStage<Void> revokeProfile(AccessToken token, ProfileId profileId);

  /**
   * {@code POST /oauth/token} with {@code grant_type=refresh_token}: exchanges a refresh token for a new
   * token set. An unknown or revoked refresh token fails with
   * {@link net.calkit.identity.domain.error.InvalidGrantException}.
   */
  CompletionStage<TokenResponse> refresh(ClientCredentials client, RefreshToken refreshToken);
}
