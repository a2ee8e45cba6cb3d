package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileLabelsTest {

  static CalendarProfile calendar(String id, String name, CalendarProvider provider,
      Optional<ProviderService> service) {
    return CalendarProfile.of(ProfileId.of(id)).withName(name).withProvider(provider, service);
  }

  @Test
  void aUniqueNameIsItsOwnLabel() {
    ProfileLabels labels = ProfileLabels.ofCalendarProfiles(List.of(
        calendar("pro_1", "alice@example.com", CalendarProvider.GOOGLE, Optional.of(ProviderService.GSUITE)),
        calendar("pro_2", "bob@example.com", CalendarProvider.EXCHANGE, Optional.of(ProviderService.OFFICE365))));
    assertThat(labels.label(ProfileId.of("pro_1"))).isEqualTo("alice@example.com");
    assertThat(labels.label(ProfileId.of("pro_2"))).isEqualTo("bob@example.com");
  }

  @Test
  void sameNameProfilesAreToldApartByService() {
    ProfileLabels labels = ProfileLabels.ofCalendarProfiles(List.of(
        calendar("pro_g", "example@cronofy.com", CalendarProvider.GOOGLE, Optional.of(ProviderService.GSUITE)),
        calendar("pro_m", "example@cronofy.com", CalendarProvider.EXCHANGE, Optional.of(ProviderService.OFFICE365))));
    assertThat(labels.label(ProfileId.of("pro_g"))).isEqualTo("example@cronofy.com (Google Workspace)");
    assertThat(labels.label(ProfileId.of("pro_m"))).isEqualTo("example@cronofy.com (Microsoft 365)");
    assertThat(labels.asMap().keySet()).containsExactly(ProfileId.of("pro_g"), ProfileId.of("pro_m"));
  }

  @Test
  void withoutAServiceTheProviderTellsThemApart() {
    ProfileLabels labels = ProfileLabels.ofCalendarProfiles(List.of(
        calendar("pro_g", "me", CalendarProvider.GOOGLE, Optional.empty()),
        calendar("pro_a", "me", CalendarProvider.APPLE, Optional.empty())));
    assertThat(labels.label(ProfileId.of("pro_g"))).isEqualTo("me (Google)");
    assertThat(labels.label(ProfileId.of("pro_a"))).isEqualTo("me (Apple)");
  }

  @Test
  void unknownServicesUseTheirRawValue() {
    ProfileLabels labels = ProfileLabels.ofCalendarProfiles(List.of(
        calendar("pro_1", "me", CalendarProvider.GOOGLE, Optional.of(ProviderService.of("future_cal"))),
        calendar("pro_2", "me", CalendarProvider.GOOGLE, Optional.of(ProviderService.GOOGLE))));
    assertThat(labels.label(ProfileId.of("pro_1"))).isEqualTo("me (future_cal)");
    assertThat(labels.label(ProfileId.of("pro_2"))).isEqualTo("me (Google)");
  }

  @Test
  void whenServiceStillCollidesTheIdIsAdded() {
    ProfileLabels labels = ProfileLabels.ofCalendarProfiles(List.of(
        calendar("pro_1", "me", CalendarProvider.GOOGLE, Optional.of(ProviderService.GSUITE)),
        calendar("pro_2", "me", CalendarProvider.GOOGLE, Optional.of(ProviderService.GSUITE)),
        calendar("pro_3", "me", CalendarProvider.EXCHANGE, Optional.of(ProviderService.OFFICE365))));
    assertThat(labels.label(ProfileId.of("pro_1"))).isEqualTo("me (Google Workspace, pro_1)");
    assertThat(labels.label(ProfileId.of("pro_2"))).isEqualTo("me (Google Workspace, pro_2)");
    assertThat(labels.label(ProfileId.of("pro_3"))).isEqualTo("me (Microsoft 365)");
  }

  @Test
  void withNoOriginAtAllTheIdTellsThemApart() {
    ProfileLabels labels = ProfileLabels.ofCalendarProfiles(List.of(
        CalendarProfile.of(ProfileId.of("pro_1")).withName("me"),
        CalendarProfile.of(ProfileId.of("pro_2")).withName("me")));
    assertThat(labels.label(ProfileId.of("pro_1"))).isEqualTo("me (pro_1)");
    assertThat(labels.label(ProfileId.of("pro_2"))).isEqualTo("me (pro_2)");
  }

  @Test
  void aMissingOrBlankNameFallsBackToTheId() {
    ProfileLabels labels = ProfileLabels.ofCalendarProfiles(List.of(
        CalendarProfile.of(ProfileId.of("pro_1")),
        CalendarProfile.of(ProfileId.of("pro_2")).withName("  ")));
    assertThat(labels.label(ProfileId.of("pro_1"))).isEqualTo("pro_1");
    assertThat(labels.label(ProfileId.of("pro_2"))).isEqualTo("pro_2");
  }

  @Test
  void aProfileListedTwiceIsOneProfile() {
    CalendarProfile profile = calendar("pro_1", "me", CalendarProvider.GOOGLE, Optional.empty());
    ProfileLabels labels = ProfileLabels.ofCalendarProfiles(List.of(profile, profile));
    assertThat(labels.label(ProfileId.of("pro_1"))).isEqualTo("me");
    assertThat(labels.asMap()).hasSize(1);
  }

  @Test
  void labelsStayDistinctWhenAUniqueNameEqualsAnotherLabel() {
    ProfileLabels labels = ProfileLabels.ofCalendarProfiles(List.of(
        calendar("pro_a", "me (Google)", CalendarProvider.APPLE, Optional.empty()),
        calendar("pro_b", "me", CalendarProvider.GOOGLE, Optional.empty()),
        calendar("pro_c", "me", CalendarProvider.EXCHANGE, Optional.empty())));
    assertThat(labels.asMap().values()).doesNotHaveDuplicates();
    assertThat(labels.label(ProfileId.of("pro_c"))).isEqualTo("me (Microsoft Exchange)");
    assertThat(labels.label(ProfileId.of("pro_a"))).isEqualTo("me (Google) (Apple, pro_a)");
    assertThat(labels.label(ProfileId.of("pro_b"))).isEqualTo("me (Google, pro_b)");
  }

  @Test
  void conferencingProfilesAreToldApartByProvider() {
    ProfileLabels labels = ProfileLabels.ofConferencingProfiles(List.of(
        ConferencingProfile.connected(ProfileId.of("pro_z"), ConferencingProvider.ZOOM, "example@cronofy.com"),
        ConferencingProfile.connected(ProfileId.of("pro_t"), ConferencingProvider.MS_TEAMS, "example@cronofy.com"),
        ConferencingProfile.connected(ProfileId.of("pro_o"), ConferencingProvider.GO_TO, "other")));
    assertThat(labels.label(ProfileId.of("pro_z"))).isEqualTo("example@cronofy.com (Zoom)");
    assertThat(labels.label(ProfileId.of("pro_t"))).isEqualTo("example@cronofy.com (Microsoft Teams)");
    assertThat(labels.label(ProfileId.of("pro_o"))).isEqualTo("other");
  }

  @Test
  void anUnlistedProfileIsLabelledByItsId() {
    assertThat(ProfileLabels.ofCalendarProfiles(List.of()).label(ProfileId.of("pro_x"))).isEqualTo("pro_x");
  }
}
