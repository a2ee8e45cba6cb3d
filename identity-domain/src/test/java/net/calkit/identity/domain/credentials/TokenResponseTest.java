package net.calkit.identity.domain.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.calkit.identity.domain.Scope;
import org.junit.jupiter.api.Test;

class TokenResponseTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final AccessToken ACCESS = AccessToken.of("new-access");
  private static final RefreshToken NEW_REFRESH = RefreshToken.of("new-refresh");
  private static final RefreshToken OLD_REFRESH = RefreshToken.of("old-refresh");

  @Test
  void toTokenSetTurnsTheLifetimeIntoAnInstantAndUsesTheRotatedRefreshToken() {
    TokenResponse response = new TokenResponse("bearer", ACCESS, Optional.of(NEW_REFRESH),
        Optional.of(Duration.ofSeconds(3600)), Optional.of(Scope.parse("read_events create_event")));
    TokenSet tokens = response.toTokenSet(NOW, Optional.of(OLD_REFRESH));
    assertThat(tokens.accessToken()).isEqualTo(ACCESS);
    assertThat(tokens.refreshToken()).contains(NEW_REFRESH);
    assertThat(tokens.expiresAt()).contains(Instant.parse("2026-11-25T13:00:00Z"));
    assertThat(tokens.scope()).contains(Scope.of("create_event", "read_events"));
  }

  @Test
  void withoutANewRefreshTokenThePreviousOneStaysInUse() {
    TokenResponse response = new TokenResponse("bearer", ACCESS, Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(response.toTokenSet(NOW, Optional.of(OLD_REFRESH)).refreshToken()).contains(OLD_REFRESH);
    assertThat(response.toTokenSet(NOW, Optional.empty()).refreshToken()).isEmpty();
    assertThat(response.toTokenSet(NOW, Optional.empty()).expiresAt()).isEmpty();
  }

  @Test
  void anAbsurdLifetimeSaturatesInsteadOfFailing() {
    TokenResponse response = new TokenResponse("bearer", ACCESS, Optional.empty(),
        Optional.of(Duration.ofSeconds(Long.MAX_VALUE)), Optional.empty());
    assertThat(response.toTokenSet(NOW, Optional.empty()).expiresAt()).contains(Instant.MAX);
  }

  @Test
  void aZeroLifetimeExpiresNow() {
    TokenResponse response = new TokenResponse("bearer", ACCESS, Optional.empty(), Optional.of(Duration.ZERO),
        Optional.empty());
    assertThat(response.toTokenSet(NOW, Optional.empty()).expiresAt()).contains(NOW);
  }

  @Test
  void aNegativeLifetimeIsRejected() {
    assertThatThrownBy(() -> new TokenResponse("bearer", ACCESS, Optional.empty(),
        Optional.of(Duration.ofSeconds(-1)), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expiresIn must not be negative");
  }
}
