package net.calkit.identity.fake;

import static net.calkit.identity.fake.Stages.failure;
import static net.calkit.identity.fake.Stages.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.InvalidRequestException;
import net.calkit.identity.domain.error.UnauthorizedException;
import org.junit.jupiter.api.Test;

class TokensTest {
  private final ManualClock clock = Worlds.clock();
  private final FakeCronofy world = Worlds.withJane(clock);
  private final FakeAccount jane = world.account(Worlds.JANE);
  private final FakeIdentityApi api = FakeIdentityApi.create(world);

  @Test
  void issuedTokensExpireAfter3600SecondsOnTheInjectedClock() {
    TokenSet tokens = jane.issueTokens();

    assertThat(tokens.expiresAt()).contains(clock.instant().plusSeconds(3600));
    assertThat(tokens.scope()).contains(Scope.of("read_write"));
    assertThat(tokens.refreshToken()).isPresent();
    clock.advance(Duration.ofSeconds(3599));
    assertThat(value(api.userInfo(tokens.accessToken())).sub()).isEqualTo(jane.id());

    clock.advance(Duration.ofSeconds(1));

    assertThat(world.isActive(tokens.accessToken())).isFalse();
    assertThat(failure(api.userInfo(tokens.accessToken()))).isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("401");
  }

  @Test
  void serviceAccountTokensLive1800Seconds() {
    FakeAccount service = world.addServiceAccount(s -> s.domain("example.com"));

    TokenSet tokens = service.issueTokens();
    TokenResponse refreshed = value(api.refresh(Worlds.CLIENT, tokens.refreshToken().orElseThrow()));

    assertThat(tokens.expiresAt()).contains(clock.instant().plusSeconds(1800));
    assertThat(refreshed.expiresIn()).contains(Duration.ofSeconds(1800));
  }

  @Test
  void aCustomLifetimeOfZeroGivesAnExpiredToken() {
    TokenSet tokens = jane.issueTokens(Duration.ZERO);

    assertThat(failure(api.account(tokens.accessToken()))).isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void expiringOrRevokingATokenAnswers401() {
    TokenSet expired = jane.issueTokens();
    TokenSet revoked = jane.issueTokens();
    TokenSet untouched = jane.issueTokens();

    world.expire(expired.accessToken());
    world.revoke(revoked.accessToken());

    assertThat(failure(api.userInfo(expired.accessToken()))).isInstanceOf(UnauthorizedException.class);
    assertThat(failure(api.profiles(revoked.accessToken()))).isInstanceOf(UnauthorizedException.class);
    assertThat(value(api.userInfo(untouched.accessToken())).sub()).isEqualTo(jane.id());
  }

  @Test
  void refreshRotatesBothTokensAndInvalidatesTheOldOnes() {
    TokenSet old = jane.issueTokens();
    clock.advance(Duration.ofSeconds(100));

    TokenResponse fresh = value(api.refresh(Worlds.CLIENT, old.refreshToken().orElseThrow()));

    assertThat(fresh.tokenType()).isEqualTo("bearer");
    assertThat(fresh.expiresIn()).contains(Duration.ofSeconds(3600));
    assertThat(fresh.scope()).contains(Scope.of("read_write"));
    assertThat(fresh.accessToken()).isNotEqualTo(old.accessToken());
    assertThat(fresh.refreshToken()).isPresent().get().isNotEqualTo(old.refreshToken().orElseThrow());
    assertThat(value(api.userInfo(fresh.accessToken())).sub()).isEqualTo(jane.id());
    assertThat(failure(api.userInfo(old.accessToken()))).isInstanceOf(UnauthorizedException.class);
    assertThat(failure(api.refresh(Worlds.CLIENT, old.refreshToken().orElseThrow())))
        .isInstanceOf(InvalidGrantException.class).hasMessageContaining("400").hasMessageContaining("invalid_grant");
    assertThat(world.isActive(old.refreshToken().orElseThrow())).isFalse();
    assertThat(world.isActive(fresh.refreshToken().orElseThrow())).isTrue();
    TokenResponse again = value(api.refresh(Worlds.CLIENT, fresh.refreshToken().orElseThrow()));
    assertThat(value(api.account(again.accessToken())).id().value()).isEqualTo(Worlds.JANE);
  }

  @Test
  void theReplacedAccessTokenCanBeKeptValid() {
    FakeCronofy lenient = FakeCronofy.builder().revokeReplacedAccessTokens(false).build();
    FakeAccount account = lenient.addAccount(a -> {});
    FakeIdentityApi lenientApi = FakeIdentityApi.create(lenient);
    TokenSet old = account.issueTokens();

    value(lenientApi.refresh(Worlds.CLIENT, old.refreshToken().orElseThrow()));

    assertThat(value(lenientApi.userInfo(old.accessToken())).sub()).isEqualTo(account.id());
    assertThat(failure(lenientApi.refresh(Worlds.CLIENT, old.refreshToken().orElseThrow())))
        .isInstanceOf(InvalidGrantException.class);
  }

  @Test
  void unknownAndRevokedRefreshTokensAreInvalidGrants() {
    TokenSet tokens = jane.issueTokens();
    world.revoke(tokens.refreshToken().orElseThrow());

    assertThat(failure(api.refresh(Worlds.CLIENT, tokens.refreshToken().orElseThrow())))
        .isInstanceOf(InvalidGrantException.class);
    assertThat(failure(api.refresh(Worlds.CLIENT, RefreshToken.of("never-issued"))))
        .isInstanceOf(InvalidGrantException.class);
    assertThat(value(api.userInfo(tokens.accessToken())).sub()).as("access token unaffected").isEqualTo(jane.id());
  }

  @Test
  void anUnregisteredClientIsRefusedAndTheRefreshTokenSurvives() {
    TokenSet tokens = jane.issueTokens();

    Throwable wrongSecret = failure(api.refresh(ClientCredentials.of("client-id", "wrong"), tokens.refreshToken().orElseThrow()));

    assertThat(wrongSecret).isInstanceOf(InvalidRequestException.class).hasMessageNotContaining("wrong");
    assertThat(((InvalidRequestException) wrongSecret).errorCode()).contains("invalid_client");
    assertThat(world.isActive(tokens.refreshToken().orElseThrow())).isTrue();
  }

  @Test
  void withoutRegisteredClientsAnyClientMayRefresh() {
    FakeCronofy open = FakeCronofy.create();
    TokenSet tokens = open.addAccount(a -> {}).issueTokens();

    TokenResponse fresh = value(FakeIdentityApi.create(open)
        .refresh(ClientCredentials.of("any", "thing"), tokens.refreshToken().orElseThrow()));

    assertThat(fresh.refreshToken()).isPresent();
  }

  @Test
  void revokingAllTokensOfAnAccountEndsItsAuthorization() {
    TokenSet one = jane.issueTokens();
    TokenSet two = jane.issueTokens();
    FakeAccount bob = world.addAccount(a -> a.id("acc_bob"));
    TokenSet bobs = bob.issueTokens();

    jane.revokeAllTokens();

    assertThat(failure(api.userInfo(one.accessToken()))).isInstanceOf(UnauthorizedException.class);
    assertThat(failure(api.refresh(Worlds.CLIENT, two.refreshToken().orElseThrow()))).isInstanceOf(InvalidGrantException.class);
    assertThat(value(api.userInfo(bobs.accessToken())).sub()).isEqualTo(bob.id());
  }

  @Test
  void aRefreshReportsTheRestrictedScopeAndWorksWhileLocked() {
    TokenSet tokens = jane.issueTokens();
    jane.restrictScope(Scope.of("read_events"));
    jane.lock();

    TokenResponse fresh = value(api.refresh(Worlds.CLIENT, tokens.refreshToken().orElseThrow()));

    assertThat(fresh.scope()).contains(Scope.of("read_events"));
    assertThat(fresh.toTokenSet(clock.instant(), Optional.empty()).expiresAt()).contains(clock.instant().plusSeconds(3600));
  }
}
