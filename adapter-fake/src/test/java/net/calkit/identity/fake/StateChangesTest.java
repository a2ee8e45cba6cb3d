package net.calkit.identity.fake;

import static net.calkit.identity.fake.Stages.failure;
import static net.calkit.identity.fake.Stages.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.calkit.identity.domain.Attention;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.ConnectionState;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.error.InsufficientScopeException;
import net.calkit.identity.domain.error.LockedException;
import net.calkit.identity.domain.error.NotFoundException;
import org.junit.jupiter.api.Test;

/** Each state change, observed through the in-process adapter. */
class StateChangesTest {
  private final ManualClock clock = Worlds.clock();
  private final FakeCronofy world = Worlds.withJane(clock);
  private final FakeAccount jane = world.account(Worlds.JANE);
  private final FakeIdentityApi api = FakeIdentityApi.create(world);
  private final AccessToken token = jane.issueTokens().accessToken();

  private CalendarProfile calendarProfile(List<CalendarProfile> profiles, String id) {
    return profiles.stream().filter(p -> p.id().value().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void disconnectingACalendarProfileShowsARelinkUrlInUserinfoAndProfiles() {
    jane.profile(Worlds.APPLE_PROFILE).disconnect();

    UserInfo info = value(api.userInfo(token));
    List<CalendarProfile> profiles = value(api.profiles(token));

    String expected = "https://app-uk.cronofy.com/relink/apple?email=example2%40cronofy.com";
    assertThat(calendarProfile(info.profiles(), Worlds.APPLE_PROFILE).connected()).contains(false);
    assertThat(calendarProfile(info.profiles(), Worlds.APPLE_PROFILE).relinkUrl().map(Object::toString)).contains(expected);
    assertThat(calendarProfile(profiles, Worlds.APPLE_PROFILE).connected()).contains(false);
    assertThat(calendarProfile(profiles, Worlds.APPLE_PROFILE).relinkUrl().map(Object::toString)).contains(expected);
    assertThat(info.needingAttention()).extracting(Attention::profileId, Attention::state)
        .contains(org.assertj.core.groups.Tuple.tuple(ProfileId.of(Worlds.APPLE_PROFILE), ConnectionState.NEEDS_RELINK));
    assertThat(jane.profile(Worlds.APPLE_PROFILE).connectionState()).isEqualTo(ConnectionState.NEEDS_RELINK);
  }

  @Test
  void disconnectingAConferencingProfileShowsAV2RelinkUrl() {
    jane.profile(Worlds.ZOOM_PROFILE).disconnect();

    UserInfo info = value(api.userInfo(token));

    assertThat(info.conferencingProfiles()).singleElement().satisfies(p -> {
      assertThat(p.connected()).contains(false);
      assertThat(p.relinkUrl().map(Object::toString))
          .contains("https://app-uk.cronofy.com/v2/relink/zoom?email=example%40cronofy.com");
    });
    assertThat(jane.profile(Worlds.ZOOM_PROFILE).kind()).isEqualTo(Attention.ProfileKind.CONFERENCING);
  }

  @Test
  void reconnectingRemovesTheRelinkUrl() {
    FakeProfile apple = jane.profile(Worlds.APPLE_PROFILE);
    apple.disconnect();
    apple.reconnect();

    CalendarProfile profile = calendarProfile(value(api.profiles(token)), Worlds.APPLE_PROFILE);

    assertThat(profile.connected()).contains(true);
    assertThat(profile.relinkUrl()).isEmpty();
    assertThat(apple.relinkUrl()).isEmpty();
  }

  @Test
  void completingTheInitialSyncClearsTheFlagForGood() {
    FakeProfile google = jane.profile(Worlds.GOOGLE_PROFILE);
    assertThat(calendarProfile(value(api.profiles(token)), Worlds.GOOGLE_PROFILE).initialSyncRequired()).contains(true);

    google.completeInitialSync();
    google.disconnect();
    google.reconnect();

    CalendarProfile profile = calendarProfile(value(api.profiles(token)), Worlds.GOOGLE_PROFILE);
    assertThat(profile.initialSyncRequired()).contains(false);
    assertThat(profile.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThatThrownBy(() -> jane.profile(Worlds.ZOOM_PROFILE).completeInitialSync())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("conferencing");
  }

  @Test
  void revokingThroughTheApiRemovesTheProfileAndASecondRevokeIsNotFound() {
    assertThat(value(api.revokeProfile(token, ProfileId.of(Worlds.APPLE_PROFILE)))).isNull();

    assertThat(value(api.profiles(token))).extracting(p -> p.id().value()).containsExactly(Worlds.GOOGLE_PROFILE);
    assertThat(value(api.userInfo(token)).profiles()).extracting(p -> p.id().value()).containsExactly(Worlds.GOOGLE_PROFILE);
    assertThat(jane.profile(Worlds.APPLE_PROFILE).isRevoked()).isTrue();
    assertThat(failure(api.revokeProfile(token, ProfileId.of(Worlds.APPLE_PROFILE)))).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("404");
  }

  @Test
  void revokingAConferencingProfileThroughTheApiRemovesItFromUserinfo() {
    value(api.revokeProfile(token, ProfileId.of(Worlds.ZOOM_PROFILE)));

    UserInfo info = value(api.userInfo(token));

    assertThat(info.conferencingAuthorized()).isTrue();
    assertThat(info.conferencingProfiles()).isEmpty();
  }

  @Test
  void revokingAnotherAccountsProfileIsNotFound() {
    FakeAccount other = world.addAccount(a -> a.calendarProfile(p -> p.id("pro_other")));

    assertThat(failure(api.revokeProfile(token, ProfileId.of("pro_other")))).isInstanceOf(NotFoundException.class);
    assertThat(failure(api.revokeProfile(token, ProfileId.of("pro_unknown")))).isInstanceOf(NotFoundException.class);
    assertThat(other.profile("pro_other").isRevoked()).isFalse();
  }

  @Test
  void revokingDirectlyIsIdempotentAndFreezesTheProfile() {
    FakeProfile google = jane.profile(Worlds.GOOGLE_PROFILE);
    google.revoke();
    google.revoke();

    assertThat(value(api.profiles(token))).extracting(p -> p.id().value()).containsExactly(Worlds.APPLE_PROFILE);
    assertThatThrownBy(google::disconnect).isInstanceOf(IllegalStateException.class).hasMessageContaining("revoked");
    assertThat(jane.profiles()).hasSize(3);
  }

  @Test
  void restrictingTheScopeAnswers403ExceptOnUserinfo() {
    jane.restrictScope(Scope.of("read_free_busy"));

    assertThat(failure(api.account(token))).isInstanceOf(InsufficientScopeException.class).hasMessageContaining("403");
    assertThat(failure(api.profiles(token))).isInstanceOf(InsufficientScopeException.class);
    assertThat(failure(api.revokeProfile(token, ProfileId.of(Worlds.APPLE_PROFILE))))
        .isInstanceOf(InsufficientScopeException.class);
    assertThat(value(api.userInfo(token)).scope()).contains(Scope.of("read_free_busy"));
    assertThat(jane.profile(Worlds.APPLE_PROFILE).isRevoked()).isFalse();

    jane.restoreScope();

    assertThat(value(api.account(token)).scope()).contains(Scope.of("read_write"));
    assertThat(jane.scope()).isEqualTo(Scope.of("read_write"));
  }

  @Test
  void lockingAnswers423UntilUnlocked() {
    jane.lock();

    assertThat(jane.isLocked()).isTrue();
    assertThat(failure(api.userInfo(token))).isInstanceOf(LockedException.class).hasMessageContaining("423");
    assertThat(failure(api.account(token))).isInstanceOf(LockedException.class);
    assertThat(failure(api.profiles(token))).isInstanceOf(LockedException.class);
    assertThat(failure(api.revokeProfile(token, ProfileId.of(Worlds.APPLE_PROFILE)))).isInstanceOf(LockedException.class);

    jane.unlock();

    assertThat(value(api.userInfo(token)).sub()).isEqualTo(jane.id());
  }

  @Test
  void profilesAddedLaterAppear() {
    FakeProfile teams = jane.addConferencingProfile(p -> p.provider(ConferencingProvider.MS_TEAMS).name("jane@corp"));
    FakeProfile outlook = jane.addCalendarProfile(p -> p.name("jane@outlook.com").initialSyncRequired(true));

    UserInfo info = value(api.userInfo(token));

    assertThat(info.conferencingProfiles()).extracting(p -> p.id()).contains(teams.id());
    assertThat(info.profiles()).extracting(p -> p.id()).endsWith(outlook.id());
    assertThat(outlook.connectionState()).isEqualTo(ConnectionState.INITIAL_SYNC_PENDING);
    assertThat(world.profile(outlook.id().value())).isEqualTo(outlook);
  }

  @Test
  void answersOfOtherAccountsAreUntouched() {
    FakeAccount bob = world.addAccount(a -> a.id("acc_bob").calendarProfile(p -> p.id("pro_bob")));
    AccessToken bobs = bob.issueTokens().accessToken();
    jane.lock();

    assertThat(value(api.userInfo(bobs)).sub().value()).isEqualTo("acc_bob");
    assertThat(value(api.profiles(bobs))).extracting(p -> p.id().value()).containsExactly("pro_bob");
  }
}
