package net.calkit.identity.fake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import org.jspecify.annotations.Nullable;

/**
 * One request to the world ({@link FakeCronofy#handle}), already parsed: {@code T} is the type of the
 * successful answer's value. A transport that cannot build one (no or malformed {@code Authorization}
 * header, a refresh body without its fields) answers itself, as the real API would: 401, or 400
 * {@code invalid_request}. {@link #toString()} never shows a token or secret.
 *
 * @param <T> the value of a successful answer
 */
public final class FakeRequest<T> {
  private final FakeEndpoint endpoint;
  private final @Nullable AccessToken accessToken;
  private final @Nullable ProfileId profileId;
  private final @Nullable ClientCredentials client;
  private final @Nullable RefreshToken refreshToken;

  private FakeRequest(FakeEndpoint endpoint, @Nullable AccessToken accessToken, @Nullable ProfileId profileId,
      @Nullable ClientCredentials client, @Nullable RefreshToken refreshToken) {
    this.endpoint = endpoint;
    this.accessToken = accessToken;
    this.profileId = profileId;
    this.client = client;
    this.refreshToken = refreshToken;
  }

  /** {@code GET /v1/userinfo} with a bearer token. */
  public static FakeRequest<UserInfo> userInfo(AccessToken token) {
    return new FakeRequest<>(FakeEndpoint.USERINFO, Objects.requireNonNull(token, "token == null"), null, null, null);
  }

  /** {@code GET /v1/account} with a bearer token. */
  public static FakeRequest<Account> account(AccessToken token) {
    return new FakeRequest<>(FakeEndpoint.ACCOUNT, Objects.requireNonNull(token, "token == null"), null, null, null);
  }

  /** {@code GET /v1/profiles} with a bearer token. */
  public static FakeRequest<List<CalendarProfile>> profiles(AccessToken token) {
    return new FakeRequest<>(FakeEndpoint.PROFILES, Objects.requireNonNull(token, "token == null"), null, null, null);
  }

  /** {@code POST /v1/profiles/{id}/revoke} with a bearer token; a success (202) carries the revoked profile's ID. */
  public static FakeRequest<ProfileId> revokeProfile(AccessToken token, ProfileId profileId) {
    return new FakeRequest<>(FakeEndpoint.REVOKE, Objects.requireNonNull(token, "token == null"),
        Objects.requireNonNull(profileId, "profileId == null"), null, null);
  }

  /** {@code POST /oauth/token} with {@code grant_type=refresh_token}. */
  public static FakeRequest<net.calkit.identity.domain.credentials.TokenResponse> refresh(ClientCredentials client,
      RefreshToken refreshToken) {
    return new FakeRequest<>(FakeEndpoint.TOKEN, null, null, Objects.requireNonNull(client, "client == null"),
        Objects.requireNonNull(refreshToken, "refreshToken == null"));
  }

  /** The endpoint. */
  public FakeEndpoint endpoint() {
    return endpoint;
  }

  /** The bearer token; present for every endpoint but {@link FakeEndpoint#TOKEN}. */
  public Optional<AccessToken> accessToken() {
    return Optional.ofNullable(accessToken);
  }

  /** The profile to revoke; present for {@link FakeEndpoint#REVOKE} only. */
  public Optional<ProfileId> profileId() {
    return Optional.ofNullable(profileId);
  }

  /** The client credentials; present for {@link FakeEndpoint#TOKEN} only. */
  public Optional<ClientCredentials> client() {
    return Optional.ofNullable(client);
  }

  /** The refresh token; present for {@link FakeEndpoint#TOKEN} only. */
  public Optional<RefreshToken> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  @Nullable AccessToken accessTokenOrNull() {
    return accessToken;
  }

  @Nullable ProfileId profileIdOrNull() {
    return profileId;
  }

  @Override
  public String toString() {
    return "FakeRequest[" + endpoint + (profileId != null ? ", profileId=" + profileId : "")
        + (client != null ? ", clientId=" + client.clientId().value() : "") + "]";
  }
}
