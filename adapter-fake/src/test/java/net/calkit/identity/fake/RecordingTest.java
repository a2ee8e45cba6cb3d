package net.calkit.identity.fake;

import static net.calkit.identity.fake.Stages.failure;
import static net.calkit.identity.fake.Stages.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.TokenSet;
import org.junit.jupiter.api.Test;

class RecordingTest {
  private final ManualClock clock = Worlds.clock();
  private final FakeCronofy world = Worlds.withJane(clock);
  private final FakeAccount jane = world.account(Worlds.JANE);
  private final FakeIdentityApi api = FakeIdentityApi.create(world);
  private final TokenSet tokens = jane.issueTokens();

  @Test
  void everyCallIsRecordedWithItsEndpointTokenProfileAndTime() {
    value(api.userInfo(tokens.accessToken()));
    clock.advance(Duration.ofSeconds(1));
    value(api.account(tokens.accessToken()));
    value(api.profiles(tokens.accessToken()));
    value(api.revokeProfile(tokens.accessToken(), ProfileId.of(Worlds.APPLE_PROFILE)));
    clock.advance(Duration.ofSeconds(1));
    value(api.refresh(Worlds.CLIENT, tokens.refreshToken().orElseThrow()));

    List<RecordedCall> calls = api.calls();

    assertThat(calls).extracting(RecordedCall::endpoint).containsExactly(FakeEndpoint.USERINFO, FakeEndpoint.ACCOUNT,
        FakeEndpoint.PROFILES, FakeEndpoint.REVOKE, FakeEndpoint.TOKEN);
    assertThat(calls.subList(0, 4)).extracting(RecordedCall::accessToken).containsOnly(Optional.of(tokens.accessToken()));
    assertThat(calls.get(3).profileId()).contains(ProfileId.of(Worlds.APPLE_PROFILE));
    assertThat(calls.get(0).profileId()).isEmpty();
    assertThat(calls.get(4).accessToken()).isEmpty();
    assertThat(calls.get(4).refreshToken()).isEqualTo(tokens.refreshToken());
    assertThat(calls).extracting(RecordedCall::at).containsExactly(Worlds.clock().instant(),
        Worlds.clock().instant().plusSeconds(1), Worlds.clock().instant().plusSeconds(1),
        Worlds.clock().instant().plusSeconds(1), Worlds.clock().instant().plusSeconds(2));
    assertThat(api.calls(FakeEndpoint.PROFILES)).hasSize(1);
  }

  @Test
  void failedAndFaultedCallsAreRecordedToo() {
    world.injectFault(FakeEndpoint.USERINFO, 1, Fault.status(500));

    failure(api.userInfo(tokens.accessToken()));
    failure(api.userInfo(AccessToken.of("unknown")));

    assertThat(api.callCount(FakeEndpoint.USERINFO)).isEqualTo(2);
    assertThat(api.calls()).extracting(RecordedCall::accessToken)
        .containsExactly(Optional.of(tokens.accessToken()), Optional.of(AccessToken.of("unknown")));
  }

  @Test
  void withRecordingOffOnlyCountsAreKept() {
    FakeIdentityApi quiet = FakeIdentityApi.builder(world).recordCalls(false).build();

    for (int i = 0; i < 10; i++) {
      value(quiet.userInfo(tokens.accessToken()));
    }

    assertThat(quiet.calls()).isEmpty();
    assertThat(quiet.callCount(FakeEndpoint.USERINFO)).isEqualTo(10);
    assertThat(quiet.callCount(FakeEndpoint.ACCOUNT)).isZero();
  }

  @Test
  void clearCallsForgetsCallsAndCounts() {
    value(api.userInfo(tokens.accessToken()));

    api.clearCalls();

    assertThat(api.calls()).isEmpty();
    assertThat(api.callCount(FakeEndpoint.USERINFO)).isZero();
  }

  @Test
  void nullArgumentsFailTheStageInsteadOfThrowing() {
    assertThat(failure(api.userInfo(null))).isInstanceOf(NullPointerException.class).hasMessage("token == null");
    assertThat(failure(api.revokeProfile(tokens.accessToken(), null))).isInstanceOf(NullPointerException.class)
        .hasMessage("profileId == null");
    assertThat(failure(api.refresh(null, tokens.refreshToken().orElseThrow()))).isInstanceOf(NullPointerException.class);
    assertThat(api.calls()).isEmpty();
  }
}
