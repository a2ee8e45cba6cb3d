package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.calkit.identity.domain.Attention.ProfileKind;
import org.junit.jupiter.api.Test;

class AttentionTest {

  private static final RelinkUrl CAL_RELINK = RelinkUrl.of("https://app.cronofy.com/relink/pro_cal_off");
  private static final RelinkUrl CONF_RELINK = RelinkUrl.of("https://app.cronofy.com/relink/pro_zoom_off");

  private static CalendarProfile calendar(String id, String name, ProviderService service) {
    return CalendarProfile.of(ProfileId.of(id)).withName(name)
        .withProvider(CalendarProvider.GOOGLE, Optional.of(service));
  }

  private final CalendarProfile connected = calendar("pro_ok", "ok@example.com", ProviderService.GSUITE).asConnected();
  private final CalendarProfile disconnected = calendar("pro_cal_off", "example@cronofy.com", ProviderService.GSUITE)
      .asDisconnected(Optional.of(CAL_RELINK));
  private final CalendarProfile sameNameSyncing = calendar("pro_sync", "example@cronofy.com", ProviderService.OFFICE365)
      .asConnected().withInitialSyncRequired(true);
  private final CalendarProfile unknownState = CalendarProfile.of(ProfileId.of("pro_unknown"));
  private final ConferencingProfile zoomOff = ConferencingProfile
      .connected(ProfileId.of("pro_zoom_off"), ConferencingProvider.ZOOM, "example@cronofy.com")
      .asDisconnected(Optional.of(CONF_RELINK));
  private final ConferencingProfile teamsOn = ConferencingProfile
      .connected(ProfileId.of("pro_teams"), ConferencingProvider.MS_TEAMS, "example@cronofy.com");

  @Test
  void disconnectedProfilesOfBothKindsComeFirstThenInitialSync() {
    List<Attention> attention = Attention.of(List.of(connected, sameNameSyncing, disconnected, unknownState),
        List.of(teamsOn, zoomOff));

    assertThat(attention).containsExactly(
        new Attention(ProfileKind.CALENDAR, ProfileId.of("pro_cal_off"), "example@cronofy.com (Google Workspace)",
            ConnectionState.NEEDS_RELINK, Optional.of(CAL_RELINK)),
        new Attention(ProfileKind.CONFERENCING, ProfileId.of("pro_zoom_off"), "example@cronofy.com (Zoom)",
            ConnectionState.NEEDS_RELINK, Optional.of(CONF_RELINK)),
        new Attention(ProfileKind.CALENDAR, ProfileId.of("pro_sync"), "example@cronofy.com (Microsoft 365)",
            ConnectionState.INITIAL_SYNC_PENDING, Optional.empty()));
  }

  @Test
  void aDisconnectedProfileWithoutRelinkUrlStillNeedsAttention() {
    CalendarProfile noUrl = CalendarProfile.of(ProfileId.of("pro_x")).asDisconnected(Optional.empty());
    assertThat(Attention.of(List.of(noUrl), List.of()))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.state()).isEqualTo(ConnectionState.NEEDS_RELINK);
          assertThat(a.relinkUrl()).isEmpty();
          assertThat(a.label()).isEqualTo("pro_x");
        });
  }

  @Test
  void aDisconnectedProfileAwaitingSyncNeedsRelinkNotSync() {
    CalendarProfile both = CalendarProfile.of(ProfileId.of("pro_x")).withInitialSyncRequired(true)
        .asDisconnected(Optional.of(CAL_RELINK));
    assertThat(Attention.of(List.of(both), List.of())).extracting(Attention::state)
        .containsExactly(ConnectionState.NEEDS_RELINK);
  }

  @Test
  void nothingNeedsAttentionWhenAllIsConnected() {
    assertThat(Attention.of(List.of(connected, unknownState), List.of(teamsOn))).isEmpty();
    assertThat(Attention.of(List.of(), List.of())).isEmpty();
  }

  @Test
  void userInfoNeedingAttentionCoversBothLists() {
    CronofyData data = new CronofyData(Optional.empty(), Optional.of(List.of(disconnected, sameNameSyncing)),
        Optional.of(List.of(zoomOff)), Optional.empty(), Optional.empty());
    UserInfo info = UserInfo.of(SubjectId.of("acc_1")).withData(data);
    assertThat(info.needingAttention()).extracting(Attention::profileId).containsExactly(
        ProfileId.of("pro_cal_off"), ProfileId.of("pro_zoom_off"), ProfileId.of("pro_sync"));
    assertThat(UserInfo.of(SubjectId.of("acc_1")).needingAttention()).isEmpty();
  }

  @Test
  void connectionStateIsDerivedFromConnectedAndInitialSync() {
    ProfileId id = ProfileId.of("pro_1");
    assertThat(CalendarProfile.of(id).state()).isEqualTo(ConnectionState.UNKNOWN);
    assertThat(CalendarProfile.of(id).asConnected().state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(CalendarProfile.of(id).asConnected().withInitialSyncRequired(false).state())
        .isEqualTo(ConnectionState.CONNECTED);
    assertThat(CalendarProfile.of(id).asConnected().withInitialSyncRequired(true).state())
        .isEqualTo(ConnectionState.INITIAL_SYNC_PENDING);
    assertThat(CalendarProfile.of(id).asDisconnected(Optional.empty()).state())
        .isEqualTo(ConnectionState.NEEDS_RELINK);
    assertThat(CalendarProfile.of(id).withInitialSyncRequired(true).state())
        .as("sync flag alone says nothing about the connection").isEqualTo(ConnectionState.UNKNOWN);
    assertThat(teamsOn.state()).isEqualTo(ConnectionState.CONNECTED);
    assertThat(zoomOff.state()).isEqualTo(ConnectionState.NEEDS_RELINK);
    assertThat(new ConferencingProfile(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())
        .state()).isEqualTo(ConnectionState.UNKNOWN);
  }

  @Test
  void connectionStateLabels() {
    assertThat(ConnectionState.NEEDS_RELINK.label()).isEqualTo("needs relink");
    assertThat(ConnectionState.INITIAL_SYNC_PENDING.label()).isEqualTo("initial sync pending");
    assertThat(ConnectionState.CONNECTED.label()).isEqualTo("connected");
    assertThat(ConnectionState.UNKNOWN.label()).isEqualTo("unknown");
  }

  @Test
  void asConnectedDropsTheRelinkUrl() {
    assertThat(disconnected.asConnected().relinkUrl()).isEmpty();
    assertThat(zoomOff.asConnected().relinkUrl()).isEmpty();
  }
}
