package net.calkit.identity.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.ApplicationCalendarId;
import net.calkit.identity.domain.AuthorizationStatus;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.ConnectionState;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.PermissionLevel;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.ServiceAccount;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.UserInfoType;
import net.calkit.identity.domain.credentials.TokenSet;
import org.junit.jupiter.api.Test;

class WorldBuilderTest {
  private final ManualClock clock = Worlds.clock();

  @Test
  void defaultsAreUsSystemClockAndTheFixedSeed() {
    FakeCronofy world = FakeCronofy.create();

    assertThat(world.dataCenter()).isEqualTo(DataCenter.US);
    assertThat(world.clock()).isEqualTo(Clock.systemUTC());
    assertThat(world.accounts()).isEmpty();
  }

  @Test
  void theSameSeedGivesTheSameIdsAndTokens() {
    FakeCronofy one = FakeCronofy.create();
    FakeCronofy two = FakeCronofy.builder().random(new SplittableRandom(FakeCronofy.DEFAULT_SEED)).build();

    FakeAccount a = one.addAccount(x -> x.calendarProfile(p -> p.calendar(c -> {})));
    FakeAccount b = two.addAccount(x -> x.calendarProfile(p -> p.calendar(c -> {})));

    assertThat(a.id()).isEqualTo(b.id());
    assertThat(a.userInfo()).isEqualTo(b.userInfo());
    assertThat(a.issueTokens().accessToken()).isEqualTo(b.issueTokens().accessToken());
  }

  @Test
  void anotherSeedGivesOtherTokens() {
    long seed = new SplittableRandom().nextLong();
    FakeCronofy one = FakeCronofy.create();
    FakeCronofy two = FakeCronofy.builder().random(new SplittableRandom(seed)).build();

    TokenSet a = one.addAccount(x -> x.id("acc_1")).issueTokens();
    TokenSet b = two.addAccount(x -> x.id("acc_1")).issueTokens();

    assertThat(a.accessToken()).as("seed %s", seed).isNotEqualTo(b.accessToken());
  }

  @Test
  void generatedIdsHaveTheDocumentedPrefixes() {
    FakeCronofy world = FakeCronofy.create();

    FakeAccount account = world.addAccount(a -> a.calendarProfile(p -> p.calendar(c -> {})).conferencingProfile(p -> {}));
    FakeAccount service = world.addServiceAccount(s -> {});
    FakeAccount calendar = world.addApplicationCalendar(c -> c.applicationCalendarId("my-app-cal"));

    assertThat(account.id().value()).startsWith("acc_");
    assertThat(service.id().value()).startsWith("ser_");
    assertThat(calendar.id().value()).startsWith("apc_");
    CalendarProfile profile = account.userInfo().profiles().get(0);
    assertThat(profile.id().value()).startsWith("pro_");
    assertThat(profile.calendarList().get(0).id().value()).startsWith("cal_" + profile.id().value().substring(4) + "_");
    assertThat(account.userInfo().conferencingProfiles().get(0).id().value()).startsWith("pro_");
  }

  @Test
  void anAccountLooksLikeTheDocumentedExample() {
    FakeAccount jane = Worlds.withJane(clock).account(Worlds.JANE);

    UserInfo info = jane.userInfo();

    assertThat(jane.type()).isEqualTo(UserInfoType.ACCOUNT);
    assertThat(info.sub().value()).isEqualTo(Worlds.JANE);
    assertThat(info.email()).contains("janed@company.com");
    assertThat(info.name()).contains("Jane Doe");
    assertThat(info.zoneInfo().map(Object::toString)).contains("Europe/London");
    assertThat(info.type()).contains(UserInfoType.ACCOUNT);
    assertThat(info.scope()).contains(Scope.of("read_write"));
    assertThat(info.authorization().flatMap(a -> a.status())).contains(AuthorizationStatus.ACTIVE);
    assertThat(info.profiles()).extracting(p -> p.id().value()).containsExactly(Worlds.GOOGLE_PROFILE, Worlds.APPLE_PROFILE);
    CalendarProfile google = info.profiles().get(0);
    assertThat(google.provider()).contains(CalendarProvider.GOOGLE);
    assertThat(google.service()).contains(ProviderService.GSUITE);
    assertThat(google.state()).isEqualTo(ConnectionState.INITIAL_SYNC_PENDING);
    assertThat(google.calendarList()).extracting(c -> c.name().orElseThrow()).containsExactly("Home", "Work");
    assertThat(google.calendarList().get(0).primary()).contains(true);
    assertThat(google.calendarList().get(1).readOnly()).contains(true);
    assertThat(google.calendarList().get(1).deleted()).contains(true);
    assertThat(google.calendarList().get(0).permissionLevel()).contains(PermissionLevel.UNRESTRICTED);
    assertThat(info.conferencingProfiles()).singleElement()
        .satisfies(p -> assertThat(p.provider()).contains(ConferencingProvider.ZOOM));
    assertThat(info.applicationCalendarId()).isEmpty();
    assertThat(info.serviceAccount()).isEmpty();

    Account account = jane.account();
    assertThat(account.id().value()).isEqualTo(Worlds.JANE);
    assertThat(account.defaultTimeZone()).isEqualTo(info.zoneInfo());
    assertThat(account.scope()).contains(Scope.of("read_write"));
    assertThat(account.sub()).contains(info.sub());

    assertThat(jane.calendarProfiles()).extracting(CalendarProfile::calendars).containsOnly(Optional.empty());
  }

  @Test
  void aServiceAccountHasProviderDomainAndDelegatedScopeButNoProfiles() {
    FakeAccount service = FakeCronofy.create().addServiceAccount(s -> s.id("ser_5700a00eb0ccd07000000000")
        .email("admin@example.com").provider(CalendarProvider.GOOGLE).domain("example.com")
        .scope("service_account/accounts/manage").delegatedScope("read_events create_event"));

    UserInfo info = service.userInfo();

    assertThat(service.type()).isEqualTo(UserInfoType.SERVICE_ACCOUNT);
    assertThat(info.type()).contains(UserInfoType.SERVICE_ACCOUNT);
    assertThat(info.name()).isEmpty();
    assertThat(info.zoneInfo()).isEmpty();
    assertThat(info.data().flatMap(d -> d.profiles())).isEmpty();
    assertThat(info.conferencingAuthorized()).isFalse();
    assertThat(info.serviceAccount())
        .contains(new ServiceAccount(Optional.of(CalendarProvider.GOOGLE), Optional.of("example.com")));
    assertThat(info.authorization().flatMap(a -> a.delegatedScope())).contains(Scope.of("read_events", "create_event"));
    assertThat(service.calendarProfiles()).isEmpty();
    assertThat(service.account().email()).contains("admin@example.com");
  }

  @Test
  void anApplicationCalendarHasItsIdAndOneCronofyProfile() {
    FakeAccount calendar = FakeCronofy.create().addApplicationCalendar(c -> c.id("apc_64b17a1f2c3d")
        .applicationCalendarId("my-calendar-1"));

    UserInfo info = calendar.userInfo();

    assertThat(info.type()).contains(UserInfoType.APPLICATION_CALENDAR);
    assertThat(info.applicationCalendarId()).contains(ApplicationCalendarId.of("my-calendar-1"));
    assertThat(info.data().flatMap(d -> d.applicationCalendar()).flatMap(a -> a.id()))
        .contains(ApplicationCalendarId.of("my-calendar-1"));
    assertThat(info.email()).isEmpty();
    assertThat(info.name()).isEmpty();
    assertThat(info.zoneInfo()).isEmpty();
    assertThat(info.profiles()).singleElement().satisfies(p -> {
      assertThat(p.provider()).contains(CalendarProvider.CRONOFY);
      assertThat(p.service()).contains(ProviderService.CRONOFY);
      assertThat(p.calendarList()).singleElement().satisfies(c -> assertThat(c.primary()).contains(true));
    });
  }

  @Test
  void theApplicationCalendarProfileStaysCronofyWhenCustomized() {
    FakeAccount calendar = FakeCronofy.create().addApplicationCalendar(c -> c.applicationCalendarId("x")
        .profile(p -> p.id("pro_appcal").provider(CalendarProvider.GOOGLE).name("Rooms")));

    CalendarProfile profile = calendar.userInfo().profiles().get(0);

    assertThat(profile.id().value()).isEqualTo("pro_appcal");
    assertThat(profile.name()).contains("Rooms");
    assertThat(profile.provider()).contains(CalendarProvider.CRONOFY);
    assertThat(profile.service()).contains(ProviderService.CRONOFY);
  }

  @Test
  void unknownProviderServiceAndLevelValuesAreKept() {
    FakeAccount account = FakeCronofy.create().addAccount(a -> a
        .authorizationStatus(AuthorizationStatus.of("paused"))
        .calendarProfile(p -> p.provider(CalendarProvider.of("fastmail"), ProviderService.of("fastmail_caldav"))
            .calendar(c -> c.permissionLevel(PermissionLevel.of("owner"))))
        .conferencingProfile(p -> p.provider(ConferencingProvider.of("whereby"))));

    UserInfo info = account.userInfo();

    assertThat(info.profiles().get(0).provider().map(CalendarProvider::value)).contains("fastmail");
    assertThat(info.profiles().get(0).service().map(ProviderService::value)).contains("fastmail_caldav");
    assertThat(info.profiles().get(0).calendarList().get(0).permissionLevel().map(PermissionLevel::value)).contains("owner");
    assertThat(info.conferencingProfiles().get(0).provider().map(ConferencingProvider::value)).contains("whereby");
    assertThat(info.authorization().flatMap(a -> a.status()).map(AuthorizationStatus::value)).contains("paused");
  }

  @Test
  void legacyShapesCanBeSeeded() {
    FakeAccount account = FakeCronofy.create().addAccount(a -> a.noAuthorizationStatus()
        .calendarProfile(p -> p.provider(CalendarProvider.EXCHANGE)));

    UserInfo info = account.userInfo();

    assertThat(info.authorization().flatMap(a -> a.status())).isEmpty();
    assertThat(info.profiles().get(0).service()).isEmpty();
  }

  @Test
  void conferencingProfilesAreAbsentUntilAuthorized() {
    FakeCronofy world = FakeCronofy.create();
    FakeAccount plain = world.addAccount(a -> {});
    FakeAccount authorizedEmpty = world.addAccount(a -> a.conferencingAuthorized(true));

    assertThat(plain.userInfo().data().flatMap(d -> d.conferencingProfiles())).isEmpty();
    assertThat(plain.userInfo().conferencingAuthorized()).isFalse();
    assertThat(authorizedEmpty.userInfo().data().flatMap(d -> d.conferencingProfiles())).contains(List.of());

    plain.authorizeConferencing();

    assertThat(plain.userInfo().conferencingAuthorized()).isTrue();
    assertThat(plain.userInfo().conferencingProfiles()).isEmpty();
  }

  @Test
  void seededDisconnectedProfilesCarryARelinkUrl() {
    FakeAccount account = FakeCronofy.builder().dataCenter(DataCenter.DE).build().addAccount(a -> a
        .calendarProfile(p -> p.provider(CalendarProvider.APPLE, ProviderService.ICLOUD).name("x@example.com").connected(false))
        .conferencingProfile(p -> p.provider(ConferencingProvider.GO_TO).name("y@example.com").connected(false)));

    UserInfo info = account.userInfo();

    assertThat(info.profiles().get(0).relinkUrl().map(Object::toString))
        .contains("https://app-de.cronofy.com/relink/apple?email=x%40example.com");
    assertThat(info.conferencingProfiles().get(0).relinkUrl().map(Object::toString))
        .contains("https://app-de.cronofy.com/v2/relink/go_to?email=y%40example.com");
  }

  @Test
  void duplicateAccountIdsAreRefused() {
    FakeCronofy world = FakeCronofy.create();
    world.addAccount(a -> a.id("acc_1"));

    assertThatThrownBy(() -> world.addServiceAccount(s -> s.id("acc_1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate account id acc_1");
    assertThat(world.accounts()).hasSize(1);
  }

  @Test
  void duplicateProfileIdsAreRefusedWithinAndAcrossAccounts() {
    FakeCronofy world = FakeCronofy.create();

    assertThatThrownBy(() -> world.addAccount(a -> a.calendarProfile(p -> p.id("pro_1")).conferencingProfile(p -> p.id("pro_1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate profile id pro_1");
    FakeAccount first = world.addAccount(a -> a.calendarProfile(p -> p.id("pro_1")));
    assertThatThrownBy(() -> world.addAccount(a -> a.calendarProfile(p -> p.id("pro_1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate profile id pro_1");
    assertThatThrownBy(() -> first.addConferencingProfile(p -> p.id("pro_1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate profile id pro_1");
    assertThat(world.accounts()).containsExactly(first);
  }

  @Test
  void invalidValuesFailWithTheDomainsMessage() {
    FakeCronofy world = FakeCronofy.create();

    assertThatThrownBy(() -> world.addAccount(a -> a.calendarProfile(p -> p.id("pro_../x"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("profile id");
    assertThatThrownBy(() -> world.addAccount(a -> a.id("acc 1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
    assertThatThrownBy(() -> world.addAccount(a -> a.timeZone("")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time zone");
    assertThatThrownBy(() -> world.addAccount(a -> a.email(null)))
        .isInstanceOf(NullPointerException.class).hasMessage("email == null");
    assertThatThrownBy(() -> FakeCronofy.builder().clock(null))
        .isInstanceOf(NullPointerException.class).hasMessage("clock == null");
    assertThat(world.accounts()).isEmpty();
  }

  @Test
  void anApplicationCalendarNeedsItsId() {
    assertThatThrownBy(() -> FakeCronofy.create().addApplicationCalendar(c -> c.id("apc_1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("applicationCalendarId");
  }

  @Test
  void conferencingProfilesContradictingNotAuthorizedAreRefused() {
    assertThatThrownBy(() -> FakeCronofy.create().addAccount(a -> a.conferencingAuthorized(false).conferencingProfile(p -> {})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conferencingAuthorized(false)");
  }

  @Test
  void onlyAccountsGetMoreProfiles() {
    FakeCronofy world = FakeCronofy.create();
    FakeAccount service = world.addServiceAccount(s -> {});
    FakeAccount calendar = world.addApplicationCalendar(c -> c.applicationCalendarId("a"));

    assertThatThrownBy(() -> service.addCalendarProfile(p -> {})).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("service_account");
    assertThatThrownBy(() -> calendar.addConferencingProfile(p -> {})).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(service::authorizeConferencing).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void lookupsFindAccountsAndProfilesOrSayWhatIsMissing() {
    FakeCronofy world = Worlds.withJane(clock);

    assertThat(world.account(Worlds.JANE).id().value()).isEqualTo(Worlds.JANE);
    assertThat(world.profile(Worlds.ZOOM_PROFILE).account()).isEqualTo(world.account(Worlds.JANE));
    assertThat(world.account(Worlds.JANE).profiles()).extracting(p -> p.id().value())
        .containsExactly(Worlds.GOOGLE_PROFILE, Worlds.APPLE_PROFILE, Worlds.ZOOM_PROFILE);
    assertThatThrownBy(() -> world.account("acc_nobody")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no account acc_nobody");
    assertThatThrownBy(() -> world.profile("pro_nothing")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no profile pro_nothing");
    assertThatThrownBy(() -> world.account(Worlds.JANE).profile("pro_nothing"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no profile pro_nothing");
  }

  @Test
  void faultsAndScriptsAreValidated() {
    FakeCronofy world = FakeCronofy.create();

    assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("300..599");
    assertThatThrownBy(() -> Fault.status(600)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.delay(java.time.Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> world.injectFault(FakeEndpoint.USERINFO, 0, Fault.transport()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> world.injectFault(null, 1, Fault.transport())).isInstanceOf(NullPointerException.class);
  }
}
