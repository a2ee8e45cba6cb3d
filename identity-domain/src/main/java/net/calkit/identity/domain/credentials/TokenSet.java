package net.calkit.identity.domain.credentials;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import net.calkit.identity.domain.Scope;

/**
 * The tokens of one authorization: what a token store keeps and what calls are made with.
 *
 * @param accessToken the access token
 * @param refreshToken the refresh token, when the authorization can be refreshed
 * @param expiresAt when the access token expires, when known
 * @param scope the granted scope, when known
 */
public record TokenSet(AccessToken accessToken, Optional<RefreshToken> refreshToken, Optional<Instant> expiresAt,
    Optional<Scope> scope) {

  /** Rejects null components. */
  public TokenSet {
    Objects.requireNonNull(accessToken, "accessToken == null");
    Objects.requireNonNull(refreshToken, "refreshToken == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    Objects.requireNonNull(scope, "scope == null");
  }

  /** An access token alone: it cannot be refreshed and its expiry is unknown. */
  public static TokenSet of(AccessToken accessToken) {
    return new TokenSet(accessToken, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** An access and a refresh token, expiry and scope unknown. */
  public static TokenSet of(AccessToken accessToken, RefreshToken refreshToken) {
    return new TokenSet(accessToken, Optional.of(refreshToken), Optional.empty(), Optional.empty());
  }

  @Override
  public String toString() {
    return "TokenSet[accessToken=redacted, refreshToken=" + (refreshToken.isPresent() ? "redacted" : "none")
        + ", expiresAt=" + expiresAt.map(Instant::toString).orElse("?") + ", scope="
        + scope.map(Scope::wire).orElse("?") + "]";
  }
}
