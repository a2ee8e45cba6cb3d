package net.calkit.identity.domain.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import net.calkit.identity.domain.credentials.TokenSet;

/**
 * Whether an access token should be refreshed before use: when its expiry is known and falls within
 * {@code refreshAhead} of now. A token of unknown expiry is used until the API answers 401.
 *
 * @param refreshAhead how long before expiry a token counts as stale
 */
public record TokenFreshness(Duration refreshAhead) {
  /** Default margin = 60 s: a call started now should not carry a token that expires mid-flight. */
  public static final Duration DEFAULT_REFRESH_AHEAD = Duration.ofSeconds(60);

  /** The default margin. */
  public static final TokenFreshness DEFAULT = new TokenFreshness(DEFAULT_REFRESH_AHEAD);

  /** Rejects a negative margin. */
  public TokenFreshness {
    Objects.requireNonNull(refreshAhead, "refreshAhead == null");
    if (refreshAhead.isNegative()) {
      throw new IllegalArgumentException("refreshAhead must not be negative: " + refreshAhead);
    }
  }

  /** Whether {@code tokens} should be refreshed before a call made at {@code now}. */
  public boolean isStale(TokenSet tokens, Instant now) {
    // compare durations rather than now.plus(refreshAhead), which overflows for huge margins
    return tokens.expiresAt().map(expiry -> Duration.between(now, expiry).compareTo(refreshAhead) <= 0).orElse(false);
  }
}
