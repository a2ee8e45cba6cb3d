package net.calkit.identity.testkit.gen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.AccountId;
import net.calkit.identity.domain.ApplicationCalendar;
import net.calkit.identity.domain.ApplicationCalendarId;
import net.calkit.identity.domain.Authorization;
import net.calkit.identity.domain.AuthorizationStatus;
import net.calkit.identity.domain.Calendar;
import net.calkit.identity.domain.CalendarId;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.CronofyData;
import net.calkit.identity.domain.PermissionLevel;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.RelinkUrl;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.ServiceAccount;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.TimeZoneName;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.UserInfoType;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;

/**
 * Seeded generators of valid domain values of the Identity API, and of their wire bodies (valid JSON
 * with unknown attributes, and broken variants) via {@link WireBody}. The same seed always gives the
 * same sequence of values. Not thread-safe: use one instance per thread.
 */
public final class IdentityGen {
  private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String[] WORDS = {
      "Jane", "Doe", "Work", "Home", "Équipe", "Büro", "カレンダー", "日程", "Calendário", "Zoë", "Team 🗓", "O'Brien",
      "\"Quoted\"", "back\\slash", "Ops", "Sales"};
  private static final String[] ZONES = {
      "Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "UTC", "America/Argentina/Buenos_Aires",
      "Mars/Olympus_Mons"};
  private static final String[] SCOPES = {
      "read_write", "read_account", "list_calendars", "read_events", "create_event", "delete_event",
      "read_free_busy", "change_participation_status", "create_calendar", "future_scope_v9"};

  private final long seed;
  private final SplittableRandom random;

  private IdentityGen(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** A generator for {@code seed}. */
  public static IdentityGen seeded(long seed) {
    return new IdentityGen(seed);
  }

  /** The seed this generator started from; print it to reproduce a failure. */
  public long seed() {
    return seed;
  }

  /** A uniformly chosen int in {@code [0, bound)}. */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** One of {@code values}, uniformly. */
  @SafeVarargs
  public final <T> T oneOf(T... values) {
    return values[random.nextInt(values.length)];
  }

  /** One of {@code values}, uniformly. */
  public <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** {@code value} with probability {@code p}, otherwise empty. */
  public <T> Optional<T> maybe(double p, Supplier<T> value) {
    return chance(p) ? Optional.of(value.get()) : Optional.empty();
  }

  /** Lowercase ASCII letters and digits, {@code length} long. */
  public String alphanumeric(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    }
    return out.toString();
  }

  /** Human text: words including non-ASCII, emoji, quotes and backslashes; sometimes blank. */
  public String text() {
    if (chance(0.05)) {
      return " ";
    }
    int words = 1 + random.nextInt(3);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(oneOf(WORDS));
    }
    return out.toString();
  }

  /** An email address, sometimes with non-ASCII in the local part. */
  public String email() {
    return (chance(0.2) ? "zoë." : "") + alphanumeric(6) + "@" + alphanumeric(5) + ".example";
  }

  /** An enumerated wire value this library does not know, such as {@code future_x7k2}. */
  public String unknownValue() {
    return "future_" + alphanumeric(4);
  }

  /** A profile ID, usually {@code pro_} prefixed, with no length rule. */
  public ProfileId profileId() {
    return ProfileId.of(idOf("pro_"));
  }

  /** An account ID, {@code acc_} prefixed, of varying length. */
  public AccountId accountId() {
    return AccountId.of(idOf("acc_"));
  }

  private String idOf(String prefix) {
    return prefix + alphanumeric(4 + random.nextInt(28));
  }

  /** A calendar provider: every known value and, one time in four, an unknown one. */
  public CalendarProvider calendarProvider() {
    return chance(0.25) ? CalendarProvider.of(unknownValue()) : oneOf(List.copyOf(CalendarProvider.knownValues()));
  }

  /** A provider service: known or, one time in four, unknown. */
  public ProviderService providerService() {
    return chance(0.25) ? ProviderService.of(unknownValue()) : oneOf(List.copyOf(ProviderService.knownValues()));
  }

  /** A conferencing provider: known or, one time in four, unknown. */
  public ConferencingProvider conferencingProvider() {
    return chance(0.25) ? ConferencingProvider.of(unknownValue())
        : oneOf(List.copyOf(ConferencingProvider.knownValues()));
  }

  /** A scope of one to four values. */
  public Scope scope() {
    List<String> values = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      values.add(oneOf(SCOPES));
    }
    return Scope.of(values);
  }

  /** An IANA-style zone name, sometimes one the JDK does not know. */
  public TimeZoneName timeZone() {
    return TimeZoneName.of(oneOf(ZONES));
  }

  /** A relink URL on the app host. */
  public RelinkUrl relinkUrl() {
    return RelinkUrl.of("https://app.cronofy.com/relink/" + alphanumeric(6) + "?email=" + alphanumeric(5)
        + "%40example.com");
  }

  /** A calendar with a random subset of its optional attributes. */
  public Calendar calendar(ProfileId profile) {
    return new Calendar(CalendarId.of("cal_" + profile.value() + "_" + alphanumeric(6)),
        maybe(0.9, this::text), maybe(0.8, random::nextBoolean), maybe(0.8, random::nextBoolean),
        maybe(0.8, random::nextBoolean), maybe(0.7, random::nextBoolean), maybe(0.7, random::nextBoolean),
        maybe(0.7, () -> chance(0.25) ? PermissionLevel.of(unknownValue())
            : oneOf(List.copyOf(PermissionLevel.knownValues()))));
  }

  /**
   * A calendar profile as {@code /v1/profiles} lists it (no calendars): connected or not (a relink URL
   * when not, most of the time), maybe in initial sync, with optional attributes sometimes absent.
   */
  public CalendarProfile calendarProfile() {
    ProfileId id = profileId();
    boolean connected = random.nextBoolean();
    return new CalendarProfile(id, maybe(0.95, this::calendarProvider), maybe(0.8, this::providerService),
        maybe(0.9, this::email), maybe(0.9, () -> connected), maybe(0.7, random::nextBoolean),
        connected ? Optional.empty() : maybe(0.9, this::relinkUrl), Optional.empty());
  }

  /** A calendar profile as userinfo lists it: with zero to three calendars. */
  public CalendarProfile calendarProfileWithCalendars() {
    CalendarProfile profile = calendarProfile();
    List<Calendar> calendars = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      calendars.add(calendar(profile.id()));
    }
    return profile.withCalendars(calendars);
  }

  /**
   * Zero to six calendar profiles with distinct IDs; when there are two or more, one time in two the
   * second has the first's name but another provider and service.
   */
  public List<CalendarProfile> calendarProfiles() {
    return profiles(this::calendarProfile);
  }

  /** Like {@link #calendarProfiles()}, each with calendars, as userinfo lists them. */
  public List<CalendarProfile> calendarProfilesWithCalendars() {
    return profiles(this::calendarProfileWithCalendars);
  }

  private List<CalendarProfile> profiles(Supplier<CalendarProfile> next) {
    int count = random.nextInt(7);
    List<CalendarProfile> profiles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      profiles.add(next.get());
    }
    if (profiles.size() >= 2 && random.nextBoolean() && profiles.get(0).name().isPresent()) {
      profiles.set(1, profiles.get(1).withName(profiles.get(0).name().get())
          .withProvider(CalendarProvider.EXCHANGE, Optional.of(ProviderService.OFFICE365)));
      profiles.set(0, profiles.get(0).withProvider(CalendarProvider.GOOGLE, Optional.of(ProviderService.GSUITE)));
    }
    return List.copyOf(profiles);
  }

  /** A conferencing profile, connected or (with a relink URL, most of the time) not. */
  public ConferencingProfile conferencingProfile() {
    boolean connected = random.nextBoolean();
    return new ConferencingProfile(profileId(), maybe(0.95, this::conferencingProvider), maybe(0.9, this::email),
        maybe(0.9, () -> connected), connected ? Optional.empty() : maybe(0.9, this::relinkUrl));
  }

  /** Zero to three conferencing profiles. */
  public List<ConferencingProfile> conferencingProfiles() {
    List<ConferencingProfile> profiles = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      profiles.add(conferencingProfile());
    }
    return List.copyOf(profiles);
  }

  /** An account with a random subset of its optional attributes (older bodies lack most). */
  public Account account() {
    AccountId id = accountId();
    return new Account(id, maybe(0.9, this::email), maybe(0.8, this::text), maybe(0.8, this::scope),
        maybe(0.8, this::timeZone), maybe(0.7, () -> SubjectId.of(id.value())));
  }

  /** The userinfo of an account: profiles with calendars, conferencing profiles when authorized. */
  public UserInfo accountUserInfo() {
    Authorization authorization = new Authorization(Optional.of(scope()),
        maybe(0.7, () -> chance(0.2) ? AuthorizationStatus.of(unknownValue()) : AuthorizationStatus.ACTIVE),
        Optional.empty());
    CronofyData data = new CronofyData(Optional.of(authorization), Optional.of(calendarProfilesWithCalendars()),
        maybe(0.6, this::conferencingProfiles), Optional.empty(), Optional.empty());
    return new UserInfo(SubjectId.of(idOf("acc_")), maybe(0.9, this::email), maybe(0.8, this::text),
        maybe(0.9, this::timeZone), Optional.of(UserInfoType.ACCOUNT), Optional.empty(), Optional.of(data));
  }

  /** The userinfo of a service account: no profiles, name or zoneinfo; service account and delegated scope. */
  public UserInfo serviceAccountUserInfo() {
    Authorization authorization = new Authorization(Optional.of(scope()), maybe(0.5, () -> AuthorizationStatus.ACTIVE),
        Optional.of(scope()));
    ServiceAccount serviceAccount = new ServiceAccount(
        Optional.of(oneOf(CalendarProvider.GOOGLE, CalendarProvider.EXCHANGE)), Optional.of(alphanumeric(6) + ".example"));
    CronofyData data = new CronofyData(Optional.of(authorization), Optional.empty(), Optional.empty(),
        Optional.of(serviceAccount), Optional.empty());
    return new UserInfo(SubjectId.of(idOf("ser_")), maybe(0.8, this::email), Optional.empty(), Optional.empty(),
        Optional.of(UserInfoType.SERVICE_ACCOUNT), Optional.empty(), Optional.of(data));
  }

  /** The userinfo of an application calendar: one {@code cronofy} profile and its ID twice. */
  public UserInfo applicationCalendarUserInfo() {
    ApplicationCalendarId calendarId = ApplicationCalendarId.of("apc-" + alphanumeric(8));
    CalendarProfile profile = CalendarProfile.of(profileId())
        .withProvider(CalendarProvider.CRONOFY, Optional.of(ProviderService.CRONOFY))
        .withName(calendarId.value()).asConnected().withInitialSyncRequired(false)
        .withCalendars(List.of(calendar(ProfileId.of("apc"))));
    CronofyData data = new CronofyData(Optional.of(Authorization.of(scope())), Optional.of(List.of(profile)),
        Optional.empty(), Optional.empty(), Optional.of(new ApplicationCalendar(Optional.of(calendarId))));
    return new UserInfo(SubjectId.of(idOf("apc_")), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(UserInfoType.APPLICATION_CALENDAR), Optional.of(calendarId), Optional.of(data));
  }

  /** A userinfo of any variant, including, one time in ten, a type this library does not know. */
  public UserInfo userInfo() {
    switch (random.nextInt(10)) {
      case 0:
        return UserInfo.of(SubjectId.of(idOf("new_"))).withData(CronofyData.EMPTY);
      case 1:
      case 2:
        return serviceAccountUserInfo();
      case 3:
      case 4:
        return applicationCalendarUserInfo();
      default:
        UserInfo info = accountUserInfo();
        if (chance(0.1)) {
          return new UserInfo(info.sub(), info.email(), info.name(), info.zoneInfo(),
              Optional.of(UserInfoType.of(unknownValue())), info.applicationCalendarId(), info.data());
        }
        return info;
    }
  }

  /** A fresh access token (a secret: never print it). */
  public AccessToken accessToken() {
    return AccessToken.of("at_" + alphanumeric(32));
  }

  /** A fresh refresh token (a secret: never print it). */
  public RefreshToken refreshToken() {
    return RefreshToken.of("rt_" + alphanumeric(32));
  }

  /** Client credentials. */
  public ClientCredentials clientCredentials() {
    return ClientCredentials.of("client_" + alphanumeric(8), "secret_" + alphanumeric(24));
  }

  /** A refresh answer: 3600 s (1800 for service accounts) and, most of the time, a rotated refresh token. */
  public TokenResponse tokenResponse() {
    return new TokenResponse("bearer", accessToken(), maybe(0.9, this::refreshToken),
        maybe(0.9, () -> Duration.ofSeconds(oneOf(3600L, 1800L))), maybe(0.9, this::scope));
  }

  /** The wire body of a userinfo: the API's keys plus unknown attributes; see {@link WireBody}. */
  public WireBody userInfoBody(UserInfo userInfo) {
    return new WireBody(this, WireTrees.userInfo(userInfo, this));
  }

  /** The wire body of an account. */
  public WireBody accountBody(Account account) {
    return new WireBody(this, WireTrees.account(account, this));
  }

  /** The wire body of a profile list. */
  public WireBody profilesBody(List<CalendarProfile> profiles) {
    return new WireBody(this, WireTrees.profiles(profiles, this));
  }

  /** The wire body of a refresh answer. */
  public WireBody tokenResponseBody(TokenResponse response) {
    return new WireBody(this, WireTrees.tokenResponse(response, this));
  }

  SplittableRandom random() {
    return random;
  }

  @Override
  public String toString() {
    return "IdentityGen[seed=" + seed + "]";
  }
}
