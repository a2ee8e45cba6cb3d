package net.calkit.identity.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.TokenSet;
import org.junit.jupiter.api.Test;

class TokenFreshnessTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private static TokenSet expiringAt(Instant expiry) {
    return new TokenSet(AccessToken.of("a"), Optional.empty(), Optional.of(expiry), Optional.empty());
  }

  @Test
  void aTokenIsStaleWithinTheMarginOfItsExpiry() {
    TokenFreshness freshness = TokenFreshness.DEFAULT;
    assertThat(freshness.refreshAhead()).isEqualTo(Duration.ofSeconds(60));
    assertThat(freshness.isStale(expiringAt(NOW.plusSeconds(3600)), NOW)).isFalse();
    assertThat(freshness.isStale(expiringAt(NOW.plusSeconds(61)), NOW)).isFalse();
    assertThat(freshness.isStale(expiringAt(NOW.plusSeconds(60)), NOW)).as("exactly at the margin").isTrue();
    assertThat(freshness.isStale(expiringAt(NOW.plusSeconds(1)), NOW)).isTrue();
    assertThat(freshness.isStale(expiringAt(NOW.minusSeconds(1)), NOW)).as("already expired").isTrue();
  }

  @Test
  void aTokenOfUnknownExpiryIsUsedUntilRefused() {
    assertThat(TokenFreshness.DEFAULT.isStale(TokenSet.of(AccessToken.of("a")), NOW)).isFalse();
  }

  @Test
  void aZeroMarginMeansStaleOnlyAtExpiry() {
    TokenFreshness none = new TokenFreshness(Duration.ZERO);
    assertThat(none.isStale(expiringAt(NOW.plusNanos(1)), NOW)).isFalse();
    assertThat(none.isStale(expiringAt(NOW), NOW)).isTrue();
  }

  @Test
  void hugeMarginsAndFarInstantsDoNotOverflow() {
    TokenFreshness huge = new TokenFreshness(Duration.ofSeconds(Long.MAX_VALUE));
    assertThat(huge.isStale(expiringAt(Instant.MAX), Instant.MIN)).isTrue();
    assertThat(TokenFreshness.DEFAULT.isStale(expiringAt(Instant.MAX), NOW)).isFalse();
    assertThat(TokenFreshness.DEFAULT.isStale(expiringAt(Instant.MIN), NOW)).isTrue();
  }

  @Test
  void aNegativeMarginIsRejected() {
    assertThatThrownBy(() -> new TokenFreshness(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refreshAhead must not be negative: PT-1S");
  }
}
