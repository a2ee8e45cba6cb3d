package net.calkit.identity.fake;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.RefreshToken;

/**
 * One call {@link FakeIdentityApi} received, for assertions. The tokens are kept (compare them with
 * {@code equals}) but {@link #toString()} never shows them.
 *
 * @param endpoint the endpoint called
 * @param accessToken the bearer token ({@code /v1} calls)
 * @param refreshToken the refresh token ({@link FakeEndpoint#TOKEN})
 * @param profileId the profile to revoke ({@link FakeEndpoint#REVOKE})
 * @param at when, on the world's clock
 */
public record RecordedCall(FakeEndpoint endpoint, Optional<AccessToken> accessToken,
    Optional<RefreshToken> refreshToken, Optional<ProfileId> profileId, Instant at) {

  /** Rejects null components. */
  public RecordedCall {
    Objects.requireNonNull(endpoint, "endpoint == null");
    Objects.requireNonNull(accessToken, "accessToken == null");
    Objects.requireNonNull(refreshToken, "refreshToken == null");
    Objects.requireNonNull(profileId, "profileId == null");
    Objects.requireNonNull(at, "at == null");
  }

  @Override
  public String toString() {
    return "RecordedCall[" + endpoint + (accessToken.isPresent() ? ", accessToken=redacted" : "")
        + (refreshToken.isPresent() ? ", refreshToken=redacted" : "")
        + profileId.map(id -> ", profileId=" + id).orElse("") + ", at=" + at + "]";
  }
}
