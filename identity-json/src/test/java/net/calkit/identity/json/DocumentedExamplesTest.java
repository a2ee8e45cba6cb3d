package net.calkit.identity.json;

import static net.calkit.identity.json.Bodies.example;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.AccountId;
import net.calkit.identity.domain.AuthorizationStatus;
import net.calkit.identity.domain.Calendar;
import net.calkit.identity.domain.CalendarId;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.ConnectionState;
import net.calkit.identity.domain.PermissionLevel;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.RelinkUrl;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.TimeZoneName;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.UserInfoType;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the documented example bodies")
class DocumentedExamplesTest {
  private final IdentityJsonCodec codec = IdentityJsonCodec.create();

  @Test
  @DisplayName("userinfo-account.json decodes every attribute")
  void userInfoAccount() {
    UserInfo info = codec.decodeUserInfo(example("userinfo-account.json"));

    assertThat(info.sub()).isEqualTo(SubjectId.of("acc_5700a00eb0ccd07000000000"));
    assertThat(info.email()).contains("janed@company.com");
    assertThat(info.name()).contains("Jane Doe");
    assertThat(info.zoneInfo()).contains(TimeZoneName.of("Europe/London"));
    assertThat(info.type()).contains(UserInfoType.ACCOUNT);
    assertThat(info.applicationCalendarId()).isEmpty();
    assertThat(info.scope()).contains(Scope.of("read_write"));
    assertThat(info.authorization().flatMap(a -> a.status())).contains(AuthorizationStatus.ACTIVE);
    assertThat(info.conferencingAuthorized()).isFalse();
    assertThat(info.serviceAccount()).isEmpty();

    List<CalendarProfile> profiles = info.profiles();
    assertThat(profiles).hasSize(2);
    CalendarProfile google = profiles.get(0);
    assertThat(google.id()).isEqualTo(ProfileId.of("pro_n23kjnwrw2"));
    assertThat(google.provider()).contains(CalendarProvider.GOOGLE);
    assertThat(google.service()).contains(ProviderService.GSUITE);
    assertThat(google.name()).contains("example1@cronofy.com");
    assertThat(google.connected()).contains(true);
    assertThat(google.initialSyncRequired()).contains(true);
    assertThat(google.relinkUrl()).isEmpty();
    assertThat(google.state()).isEqualTo(ConnectionState.INITIAL_SYNC_PENDING);
    assertThat(google.calendarList()).containsExactly(
        new Calendar(CalendarId.of("cal_n23kjnwrw2_jsdfjksn234"), Optional.of("Home"), Optional.of(false),
            Optional.of(false), Optional.of(true), Optional.of(true), Optional.of(false),
            Optional.of(PermissionLevel.SANDBOX)),
        new Calendar(CalendarId.of("cal_n23kjnwrw2_n1k323nkj23"), Optional.of("Work"), Optional.of(true),
            Optional.of(true), Optional.of(false), Optional.of(true), Optional.of(false),
            Optional.of(PermissionLevel.SANDBOX)));

    CalendarProfile apple = profiles.get(1);
    assertThat(apple.id()).isEqualTo(ProfileId.of("pro_fe145c37de"));
    assertThat(apple.provider()).contains(CalendarProvider.APPLE);
    assertThat(apple.service()).contains(ProviderService.ICLOUD);
    assertThat(apple.connected()).contains(false);
    assertThat(apple.initialSyncRequired()).contains(false);
    assertThat(apple.relinkUrl())
        .contains(RelinkUrl.of("https://app.cronofy.com/relink/apple?email=example@cronofy.com"));
    assertThat(apple.state()).isEqualTo(ConnectionState.NEEDS_RELINK);
    assertThat(apple.calendarList()).singleElement().satisfies(calendar -> {
      assertThat(calendar.id()).isEqualTo(CalendarId.of("cal_fe145c37de_3nkj23wejk1"));
      assertThat(calendar.name()).contains("Bank Holidays");
      assertThat(calendar.readOnly()).contains(true);
      assertThat(calendar.integratedConferencingAvailable()).contains(false);
      assertThat(calendar.attachmentsAvailable()).contains(true);
    });
  }

  @Test
  @DisplayName("userinfo-account-legacy.json: attributes it lacks are empty, not defaulted")
  void userInfoAccountLegacy() {
    UserInfo info = codec.decodeUserInfo(example("userinfo-account-legacy.json"));

    assertThat(info.authorization().flatMap(a -> a.status())).isEmpty();
    assertThat(info.scope()).contains(Scope.of("read_write"));
    Calendar home = info.profiles().get(0).calendarList().get(0);
    assertThat(home.name()).contains("Home");
    assertThat(home.primary()).contains(true);
    assertThat(home.integratedConferencingAvailable()).isEmpty();
    assertThat(home.attachmentsAvailable()).isEmpty();
    assertThat(home.permissionLevel()).contains(PermissionLevel.SANDBOX);
  }

  @Test
  @DisplayName("userinfo-conferencing-profiles.json: an empty profiles array and two conferencing profiles")
  void userInfoConferencing() {
    UserInfo info = codec.decodeUserInfo(example("userinfo-conferencing-profiles.json"));

    assertThat(info.data().flatMap(d -> d.profiles())).contains(List.of());
    assertThat(info.conferencingAuthorized()).isTrue();
    assertThat(info.conferencingProfiles()).containsExactly(
        new ConferencingProfile(ProfileId.of("pro_jknsdfk234"), Optional.of(ConferencingProvider.ZOOM),
            Optional.of("example@cronofy.com"), Optional.of(true), Optional.empty()),
        new ConferencingProfile(ProfileId.of("pro_gfmdsg51qa"), Optional.of(ConferencingProvider.GO_TO),
            Optional.of("example@cronofy.com"), Optional.of(false),
            Optional.of(RelinkUrl.of("https://app.cronofy.com/v2/relink/go_to?email=example%40cronofy.com"))));
    assertThat(info.conferencingProfiles().get(1).state()).isEqualTo(ConnectionState.NEEDS_RELINK);
  }

  @Test
  @DisplayName("account.json decodes every attribute")
  void account() {
    Account account = codec.decodeAccount(example("account.json"));

    assertThat(account).isEqualTo(new Account(AccountId.of("acc_5700a00eb0ccd07000000000"),
        Optional.of("janed@company.com"), Optional.of("Jane Doe"),
        Optional.of(Scope.of("read_events", "create_event", "delete_event")),
        Optional.of(TimeZoneName.of("Europe/London")), Optional.of(SubjectId.of("acc_5700a00eb0ccd07000000000"))));
    assertThat(account.scope().orElseThrow().values()).containsExactly("read_events", "create_event", "delete_event");
  }

  @Test
  @DisplayName("profiles.json decodes provider, service, state and relink URL")
  void profiles() {
    List<CalendarProfile> profiles = codec.decodeProfiles(example("profiles.json"));

    assertThat(profiles).containsExactly(
        new CalendarProfile(ProfileId.of("pro_n23kjnwrw2"), Optional.of(CalendarProvider.GOOGLE),
            Optional.of(ProviderService.GSUITE), Optional.of("example1@cronofy.com"), Optional.of(true),
            Optional.of(false), Optional.empty(), Optional.empty()),
        new CalendarProfile(ProfileId.of("pro_fe145c37de"), Optional.of(CalendarProvider.EXCHANGE),
            Optional.of(ProviderService.OFFICE365), Optional.of("example2@cronofy.com"), Optional.of(false),
            Optional.of(false),
            Optional.of(RelinkUrl.of("https://app.cronofy.com/relink/apple?email=example@cronofy.com")),
            Optional.empty()));
  }

  @Test
  @DisplayName("profiles-legacy.json: no provider_service, no initial sync flag")
  void profilesLegacy() {
    List<CalendarProfile> profiles = codec.decodeProfiles(example("profiles-legacy.json"));

    assertThat(profiles).extracting(CalendarProfile::service).containsOnly(Optional.empty());
    assertThat(profiles).extracting(CalendarProfile::initialSyncRequired).containsOnly(Optional.empty());
    assertThat(profiles).extracting(CalendarProfile::state)
        .containsExactly(ConnectionState.CONNECTED, ConnectionState.NEEDS_RELINK);
    assertThat(profiles.get(1).provider()).contains(CalendarProvider.APPLE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"token-refresh.json", "token-authorization-code.json"})
  @DisplayName("token answers decode tokens, lifetime and scope")
  void tokenRefresh(String name) {
    TokenResponse token = codec.decodeTokenResponse(example(name));

    assertThat(token.tokenType()).isEqualTo("bearer");
    assertThat(token.accessToken()).isEqualTo(AccessToken.of("P531x88i05Ld2yXHIQ7WjiEyqlmOHsgI"));
    assertThat(token.expiresIn()).contains(Duration.ofSeconds(3600));
    assertThat(token.refreshToken()).isPresent();
    assertThat(token.scope()).contains(Scope.of("create_event", "delete_event"));
  }

  @Test
  @DisplayName("token-refresh-service-account.json: 1800 seconds")
  void tokenServiceAccount() {
    TokenResponse token = codec.decodeTokenResponse(example("token-refresh-service-account.json"));

    assertThat(token.expiresIn()).contains(Duration.ofMinutes(30));
    assertThat(token.refreshToken()).contains(RefreshToken.of("{REFRESH_TOKEN}"));
  }

  @Test
  @DisplayName("token-refresh-request.json decodes, and encoding the same values gives the same JSON")
  void refreshRequest() {
    RefreshRequest request = codec.decodeRefreshRequest(example("token-refresh-request.json"));

    assertThat(request.grantType()).isEqualTo("refresh_token");
    assertThat(request.client()).isEqualTo(ClientCredentials.of("{CLIENT_ID}", "{CLIENT_SECRET}"));
    assertThat(request.refreshToken()).isEqualTo(RefreshToken.of("{REFRESH_TOKEN}"));
    byte[] encoded = codec.encodeRefreshRequest(request.client(), request.refreshToken());
    JsonTrees.assertSameJson(encoded, example("token-refresh-request.json"));
  }
}
