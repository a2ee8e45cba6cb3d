package net.calkit.identity.domain.credentials;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import net.calkit.identity.domain.Scope;

/**
 * What {@code POST /oauth/token} answers to a refresh, before a clock turns {@code expires_in} into an
 * instant. Adapters return it; {@link #toTokenSet} makes the {@link TokenSet} to store.
 *
 * @param tokenType {@code token_type}, normally {@code bearer}
 * @param accessToken {@code access_token}
 * @param refreshToken {@code refresh_token}, which replaces the old one
 * @param expiresIn {@code expires_in}
 * @param scope {@code scope}
 */
public record TokenResponse(String tokenType, AccessToken accessToken, Optional<RefreshToken> refreshToken,
    Optional<Duration> expiresIn, Optional<Scope> scope) {

  /** Rejects null components and a negative lifetime. */
  public TokenResponse {
    Objects.requireNonNull(tokenType, "tokenType == null");
    Objects.requireNonNull(accessToken, "accessToken == null");
    Objects.requireNonNull(refreshToken, "refreshToken == null");
    Objects.requireNonNull(expiresIn, "expiresIn == null");
    Objects.requireNonNull(scope, "scope == null");
    if (expiresIn.filter(Duration::isNegative).isPresent()) {
      throw new IllegalArgumentException("expiresIn must not be negative");
    }
  }

  /**
   * The token set to keep from now on: the new tokens, expiring {@code expires_in} after {@code now}.
   * When the answer has no refresh token the previous one stays in use.
   */
  public TokenSet toTokenSet(Instant now, Optional<RefreshToken> previousRefreshToken) {
    return new TokenSet(accessToken, refreshToken.or(() -> previousRefreshToken),
        expiresIn.map(lifetime -> plusSaturating(now, lifetime)), scope);
  }

  private static Instant plusSaturating(Instant now, Duration lifetime) {
    // a nonsensical expires_in must not fail a refresh that succeeded
    Duration room = Duration.between(now, Instant.MAX);
    return lifetime.compareTo(room) >= 0 ? Instant.MAX : now.plus(lifetime);
  }

  @Override
  public String toString() {
    return "TokenResponse[tokenType=" + tokenType + ", accessToken=redacted, refreshToken="
        + (refreshToken.isPresent() ? "redacted" : "none") + ", expiresIn=" + expiresIn.map(Duration::toString).orElse("?")
        + ", scope=" + scope.map(Scope::wire).orElse("?") + "]";
  }
}
