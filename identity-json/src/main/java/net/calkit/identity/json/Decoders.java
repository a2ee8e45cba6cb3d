package net.calkit.identity.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import net.calkit.identity.domain.credentials.ClientId;
import net.calkit.identity.domain.credentials.ClientSecret;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import org.jspecify.annotations.Nullable;

/**
 * Decoders from a parser positioned on an object's {@code START_OBJECT} to domain values. Each reads to the
 * matching {@code END_OBJECT}, skipping keys it does not know (whatever their value).
 */
final class Decoders {
  private static final KnownValues<CalendarProvider> CALENDAR_PROVIDERS =
      new KnownValues<>(CalendarProvider.knownValues(), CalendarProvider::of);
  private static final KnownValues<ProviderService> PROVIDER_SERVICES =
      new KnownValues<>(ProviderService.knownValues(), ProviderService::of);
  private static final KnownValues<ConferencingProvider> CONFERENCING_PROVIDERS =
      new KnownValues<>(ConferencingProvider.knownValues(), ConferencingProvider::of);
  private static final KnownValues<PermissionLevel> PERMISSION_LEVELS =
      new KnownValues<>(PermissionLevel.knownValues(), PermissionLevel::of);
  private static final KnownValues<AuthorizationStatus> AUTHORIZATION_STATUSES =
      new KnownValues<>(AuthorizationStatus.knownValues(), AuthorizationStatus::of);
  private static final KnownValues<UserInfoType> USER_INFO_TYPES =
      new KnownValues<>(UserInfoType.knownValues(), UserInfoType::of);

  // Attribute names in the order of the documented examples (and of Encoders), the account variant first:
  // the other variants put service_account / application_calendar first in cronofy.data, which costs one
  // ordinary lookup per body.
  private static final KeyOrder USER_INFO =
      new KeyOrder("sub", "email", "name", "zoneinfo", "cronofy.type", "cronofy.data", "application_calendar_id");
  private static final KeyOrder CRONOFY_DATA =
      new KeyOrder("authorization", "profiles", "conferencing_profiles", "service_account", "application_calendar");
  private static final KeyOrder AUTHORIZATION =
      new KeyOrder("scope", "status", "delegated_scope");
  private static final KeyOrder SERVICE_ACCOUNT =
      new KeyOrder("provider_name", "domain");
  private static final KeyOrder CALENDAR_PROFILE =
      new KeyOrder("provider_name", "provider_service", "profile_id", "profile_name", "profile_connected",
          "profile_initial_sync_required", "profile_relink_url", "profile_calendars");
  private static final KeyOrder CALENDAR =
      new KeyOrder("calendar_id", "calendar_name", "calendar_readonly", "calendar_deleted", "calendar_primary",
          "calendar_integrated_conferencing_available", "calendar_attachments_available", "permission_level");
  private static final KeyOrder CONFERENCING_PROFILE =
      new KeyOrder("provider_name", "profile_id", "profile_name", "profile_connected", "profile_relink_url");
  private static final KeyOrder ACCOUNT_BODY =
      new KeyOrder("account", "sub");
  private static final KeyOrder ACCOUNT =
      new KeyOrder("account_id", "email", "name", "scope", "default_tzid");
  private static final KeyOrder TOKEN_RESPONSE =
      new KeyOrder("token_type", "access_token", "expires_in", "refresh_token", "scope");

  private Decoders() {}

  static UserInfo userInfo(JsonParser p) throws IOException {
    @Nullable SubjectId sub = null;
    Optional<String> email = Optional.empty();
    Optional<String> name = Optional.empty();
    Optional<TimeZoneName> zoneInfo = Optional.empty();
    Optional<UserInfoType> type = Optional.empty();
    Optional<ApplicationCalendarId> applicationCalendarId = Optional.empty();
    Optional<CronofyData> data = Optional.empty();
    int expected = 0;
    String key;
    while ((key = USER_INFO.next(p, expected)) != null) {
      expected = USER_INFO.following(key, expected);
      p.nextToken();
      switch (key) {
        case "sub":
          sub = Wire.requiredValue(p, SubjectId::of);
          break;
        case "email":
          email = Wire.optionalString(p);
          break;
        case "name":
          name = Wire.optionalString(p);
          break;
        case "zoneinfo":
          zoneInfo = Wire.optionalValue(p, TimeZoneName::of);
          break;
        case "cronofy.type":
          type = Wire.optionalKnown(p, USER_INFO_TYPES);
          break;
        case "application_calendar_id":
          applicationCalendarId = Wire.optionalValue(p, ApplicationCalendarId::of);
          break;
        case "cronofy.data":
          data = Wire.objectOrNull(p) ? Optional.of(cronofyData(p)) : Optional.empty();
          break;
        default:
          p.skipChildren();
      }
    }
    if (sub == null) {
      throw Wire.missing(p, "sub");
    }
    return new UserInfo(sub, email, name, zoneInfo, type, applicationCalendarId, data);
  }

  private static CronofyData cronofyData(JsonParser p) throws IOException {
    Optional<Authorization> authorization = Optional.empty();
    Optional<List<CalendarProfile>> profiles = Optional.empty();
    Optional<List<ConferencingProfile>> conferencing = Optional.empty();
    Optional<ServiceAccount> serviceAccount = Optional.empty();
    Optional<ApplicationCalendar> applicationCalendar = Optional.empty();
    int expected = 0;
    String key;
    while ((key = CRONOFY_DATA.next(p, expected)) != null) {
      expected = CRONOFY_DATA.following(key, expected);
      p.nextToken();
      switch (key) {
        case "authorization":
          authorization = Wire.objectOrNull(p) ? Optional.of(authorization(p)) : Optional.empty();
          break;
        case "profiles":
          profiles = Wire.arrayOrNull(p) ? Optional.of(calendarProfiles(p)) : Optional.empty();
          break;
        case "conferencing_profiles":
          conferencing = Wire.arrayOrNull(p) ? Optional.of(conferencingProfiles(p)) : Optional.empty();
          break;
        case "service_account":
          serviceAccount = Wire.objectOrNull(p) ? Optional.of(serviceAccount(p)) : Optional.empty();
          break;
        case "application_calendar":
          applicationCalendar = Wire.objectOrNull(p) ? Optional.of(applicationCalendar(p)) : Optional.empty();
          break;
        default:
          p.skipChildren();
      }
    }
    return new CronofyData(authorization, profiles, conferencing, serviceAccount, applicationCalendar);
  }

  private static Authorization authorization(JsonParser p) throws IOException {
    Optional<Scope> scope = Optional.empty();
    Optional<AuthorizationStatus> status = Optional.empty();
    Optional<Scope> delegated = Optional.empty();
    int expected = 0;
    String key;
    while ((key = AUTHORIZATION.next(p, expected)) != null) {
      expected = AUTHORIZATION.following(key, expected);
      p.nextToken();
      switch (key) {
        case "scope":
          scope = Wire.optionalString(p).map(Decoders::scope);
          break;
        case "status":
          status = Wire.optionalKnown(p, AUTHORIZATION_STATUSES);
          break;
        case "delegated_scope":
          delegated = Wire.optionalString(p).map(Decoders::scope);
          break;
        default:
          p.skipChildren();
      }
    }
    return new Authorization(scope, status, delegated);
  }

  private static ServiceAccount serviceAccount(JsonParser p) throws IOException {
    Optional<CalendarProvider> provider = Optional.empty();
    Optional<String> domain = Optional.empty();
    int expected = 0;
    String key;
    while ((key = SERVICE_ACCOUNT.next(p, expected)) != null) {
      expected = SERVICE_ACCOUNT.following(key, expected);
      p.nextToken();
      switch (key) {
        case "provider_name":
          provider = Wire.optionalKnown(p, CALENDAR_PROVIDERS);
          break;
        case "domain":
          domain = Wire.optionalString(p);
          break;
        default:
          p.skipChildren();
      }
    }
    return new ServiceAccount(provider, domain);
  }

  private static ApplicationCalendar applicationCalendar(JsonParser p) throws IOException {
    Optional<ApplicationCalendarId> id = Optional.empty();
    String key;
    while ((key = p.nextFieldName()) != null) {
      p.nextToken();
      if (key.equals("application_calendar_id")) {
        id = Wire.optionalValue(p, ApplicationCalendarId::of);
      } else {
        p.skipChildren();
      }
    }
    return new ApplicationCalendar(id);
  }

  /** The elements of an array of calendar profiles; the parser is on its {@code START_ARRAY}. */
  static List<CalendarProfile> calendarProfiles(JsonParser p) throws IOException {
    return objects(p, Decoders::calendarProfile);
  }

  /** Reads one object per element of the array the parser is on, each with {@code element}. */
  private static <T> List<T> objects(JsonParser p, ObjectReader<T> element) throws IOException {
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      Wire.requireObject(p);
      out.add(element.read(p));
    }
    return out;
  }

  /** Reads the object the parser is on. */
  @FunctionalInterface
  private interface ObjectReader<T> {
    T read(JsonParser p) throws IOException;
  }

  private static CalendarProfile calendarProfile(JsonParser p) throws IOException {
    @Nullable ProfileId id = null;
    Optional<CalendarProvider> provider = Optional.empty();
    Optional<ProviderService> service = Optional.empty();
    Optional<String> name = Optional.empty();
    Optional<Boolean> connected = Optional.empty();
    Optional<Boolean> initialSync = Optional.empty();
    Optional<RelinkUrl> relinkUrl = Optional.empty();
    Optional<List<Calendar>> calendars = Optional.empty();
    int expected = 0;
    String key;
    while ((key = CALENDAR_PROFILE.next(p, expected)) != null) {
      expected = CALENDAR_PROFILE.following(key, expected);
      p.nextToken();
      switch (key) {
        case "provider_name":
          provider = Wire.optionalKnown(p, CALENDAR_PROVIDERS);
          break;
        case "provider_service":
          service = Wire.optionalKnown(p, PROVIDER_SERVICES);
          break;
        case "profile_id":
          id = Wire.requiredValue(p, ProfileId::of);
          break;
        case "profile_name":
          name = Wire.optionalString(p);
          break;
        case "profile_connected":
          connected = Wire.optionalBoolean(p);
          break;
        case "profile_initial_sync_required":
          initialSync = Wire.optionalBoolean(p);
          break;
        case "profile_relink_url":
          relinkUrl = Wire.optionalValue(p, RelinkUrl::of);
          break;
        case "profile_calendars":
          calendars = Wire.arrayOrNull(p) ? Optional.of(calendars(p)) : Optional.empty();
          break;
        default:
          p.skipChildren();
      }
    }
    if (id == null) {
      throw Wire.missing(p, "profile_id");
    }
    return new CalendarProfile(id, provider, service, name, connected, initialSync, relinkUrl, calendars);
  }

  private static List<Calendar> calendars(JsonParser p) throws IOException {
    return objects(p, Decoders::calendar);
  }

  private static Calendar calendar(JsonParser p) throws IOException {
    @Nullable CalendarId id = null;
    Optional<String> name = Optional.empty();
    Optional<Boolean> readOnly = Optional.empty();
    Optional<Boolean> deleted = Optional.empty();
    Optional<Boolean> primary = Optional.empty();
    Optional<Boolean> conferencing = Optional.empty();
    Optional<Boolean> attachments = Optional.empty();
    Optional<PermissionLevel> permission = Optional.empty();
    int expected = 0;
    String key;
    while ((key = CALENDAR.next(p, expected)) != null) {
      expected = CALENDAR.following(key, expected);
      p.nextToken();
      switch (key) {
        case "calendar_id":
          id = Wire.requiredValue(p, CalendarId::of);
          break;
        case "calendar_name":
          name = Wire.optionalString(p);
          break;
        case "calendar_readonly":
          readOnly = Wire.optionalBoolean(p);
          break;
        case "calendar_deleted":
          deleted = Wire.optionalBoolean(p);
          break;
        case "calendar_primary":
          primary = Wire.optionalBoolean(p);
          break;
        case "calendar_integrated_conferencing_available":
          conferencing = Wire.optionalBoolean(p);
          break;
        case "calendar_attachments_available":
          attachments = Wire.optionalBoolean(p);
          break;
        case "permission_level":
          permission = Wire.optionalKnown(p, PERMISSION_LEVELS);
          break;
        default:
          p.skipChildren();
      }
    }
    if (id == null) {
      throw Wire.missing(p, "calendar_id");
    }
    return new Calendar(id, name, readOnly, deleted, primary, conferencing, attachments, permission);
  }

  /** The elements of an array of conferencing profiles; the parser is on its {@code START_ARRAY}. */
  static List<ConferencingProfile> conferencingProfiles(JsonParser p) throws IOException {
    return objects(p, Decoders::conferencingProfile);
  }

  private static ConferencingProfile conferencingProfile(JsonParser p) throws IOException {
    @Nullable ProfileId id = null;
    Optional<ConferencingProvider> provider = Optional.empty();
    Optional<String> name = Optional.empty();
    Optional<Boolean> connected = Optional.empty();
    Optional<RelinkUrl> relinkUrl = Optional.empty();
    int expected = 0;
    String key;
    while ((key = CONFERENCING_PROFILE.next(p, expected)) != null) {
      expected = CONFERENCING_PROFILE.following(key, expected);
      p.nextToken();
      switch (key) {
        case "provider_name":
          provider = Wire.optionalKnown(p, CONFERENCING_PROVIDERS);
          break;
        case "profile_id":
          id = Wire.requiredValue(p, ProfileId::of);
          break;
        case "profile_name":
          name = Wire.optionalString(p);
          break;
        case "profile_connected":
          connected = Wire.optionalBoolean(p);
          break;
        case "profile_relink_url":
          relinkUrl = Wire.optionalValue(p, RelinkUrl::of);
          break;
        default:
          p.skipChildren();
      }
    }
    if (id == null) {
      throw Wire.missing(p, "profile_id");
    }
    return new ConferencingProfile(id, provider, name, connected, relinkUrl);
  }

  /** {@code {"profiles": [...]}}: the array is required. */
  static List<CalendarProfile> profilesBody(JsonParser p) throws IOException {
    return requiredArray(p, "profiles", Decoders::calendarProfiles);
  }

  /** {@code {"conferencing_profiles": [...]}}: the array is required. */
  static List<ConferencingProfile> conferencingProfilesBody(JsonParser p) throws IOException {
    return requiredArray(p, "conferencing_profiles", Decoders::conferencingProfiles);
  }

  /** Reads the elements of an array; the parser is on its {@code START_ARRAY}. */
  @FunctionalInterface
  private interface Elements<T> {
    List<T> read(JsonParser p) throws IOException;
  }

  private static <T> List<T> requiredArray(JsonParser p, String name, Elements<T> elements) throws IOException {
    @Nullable List<T> list = null;
    String key;
    while ((key = p.nextFieldName()) != null) {
      p.nextToken();
      if (key.equals(name)) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
          throw DecodeFailure.at(p, "expected an array, got " + Wire.typeOf(p.currentToken()));
        }
        list = elements.read(p);
      } else {
        p.skipChildren();
      }
    }
    if (list == null) {
      throw Wire.missing(p, name);
    }
    return List.copyOf(list);
  }

  static Account account(JsonParser p) throws IOException {
    @Nullable Account account = null;
    Optional<SubjectId> sub = Optional.empty();
    int expected = 0;
    String key;
    while ((key = ACCOUNT_BODY.next(p, expected)) != null) {
      expected = ACCOUNT_BODY.following(key, expected);
      p.nextToken();
      switch (key) {
        case "account":
          Wire.requireObject(p);
          account = accountObject(p);
          break;
        case "sub":
          sub = Wire.optionalValue(p, SubjectId::of);
          break;
        default:
          p.skipChildren();
      }
    }
    if (account == null) {
      throw Wire.missing(p, "account");
    }
    return new Account(account.id(), account.email(), account.name(), account.scope(), account.defaultTimeZone(), sub);
  }

  private static Account accountObject(JsonParser p) throws IOException {
    @Nullable AccountId id = null;
    Optional<String> email = Optional.empty();
    Optional<String> name = Optional.empty();
    Optional<Scope> scope = Optional.empty();
    Optional<TimeZoneName> zone = Optional.empty();
    int expected = 0;
    String key;
    while ((key = ACCOUNT.next(p, expected)) != null) {
      expected = ACCOUNT.following(key, expected);
      p.nextToken();
      switch (key) {
        case "account_id":
          id = Wire.requiredValue(p, AccountId::of);
          break;
        case "email":
          email = Wire.optionalString(p);
          break;
        case "name":
          name = Wire.optionalString(p);
          break;
        case "scope":
          scope = Wire.optionalString(p).map(Decoders::scope);
          break;
        case "default_tzid":
          zone = Wire.optionalValue(p, TimeZoneName::of);
          break;
        default:
          p.skipChildren();
      }
    }
    if (id == null) {
      throw Wire.missing(p, "account_id");
    }
    return new Account(id, email, name, scope, zone, Optional.empty());
  }

  /**
   * A token answer. {@code refresh_token} is optional but strict: when present it must be a valid token,
   * because silently dropping a rotated refresh token would lose the authorization.
   */
  static TokenResponse tokenResponse(JsonParser p) throws IOException {
    Optional<String> tokenType = Optional.empty();
    @Nullable AccessToken accessToken = null;
    Optional<RefreshToken> refreshToken = Optional.empty();
    Optional<Duration> expiresIn = Optional.empty();
    Optional<Scope> scope = Optional.empty();
    int expected = 0;
    String key;
    while ((key = TOKEN_RESPONSE.next(p, expected)) != null) {
      expected = TOKEN_RESPONSE.following(key, expected);
      p.nextToken();
      switch (key) {
        case "token_type":
          tokenType = Wire.optionalString(p).filter(type -> !type.isEmpty());
          break;
        case "access_token":
          accessToken = Wire.requiredValue(p, AccessToken::of);
          break;
        case "refresh_token":
          refreshToken = p.currentToken() == JsonToken.VALUE_NULL
              ? Optional.empty()
              : Optional.of(Wire.requiredValue(p, RefreshToken::of));
          break;
        case "expires_in":
          expiresIn = seconds(p);
          break;
        case "scope":
          scope = Wire.optionalString(p).map(Decoders::scope);
          break;
        default:
          p.skipChildren();
      }
    }
    if (accessToken == null) {
      throw Wire.missing(p, "access_token");
    }
    return new TokenResponse(tokenType.orElse("bearer"), accessToken, refreshToken, expiresIn, scope);
  }

  private static Optional<Duration> seconds(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      p.skipChildren();
      return Optional.empty();
    }
    JsonParser.NumberType type = p.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      return Optional.empty();
    }
    long value = p.getLongValue();
    return value < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(value));
  }

  /** A refresh request; every attribute is required. */
  static RefreshRequest refreshRequest(JsonParser p) throws IOException {
    @Nullable ClientId clientId = null;
    @Nullable ClientSecret clientSecret = null;
    @Nullable String grantType = null;
    @Nullable RefreshToken refreshToken = null;
    String key;
    while ((key = p.nextFieldName()) != null) {
      p.nextToken();
      switch (key) {
        case "client_id":
          clientId = Wire.requiredValue(p, ClientId::of);
          break;
        case "client_secret":
          clientSecret = Wire.requiredValue(p, ClientSecret::of);
          break;
        case "grant_type":
          grantType = Wire.requiredString(p);
          break;
        case "refresh_token":
          refreshToken = Wire.requiredValue(p, RefreshToken::of);
          break;
        default:
          p.skipChildren();
      }
    }
    if (clientId == null) {
      throw Wire.missing(p, "client_id");
    }
    if (clientSecret == null) {
      throw Wire.missing(p, "client_secret");
    }
    if (grantType == null) {
      throw Wire.missing(p, "grant_type");
    }
    if (refreshToken == null) {
      throw Wire.missing(p, "refresh_token");
    }
    return new RefreshRequest(grantType, new ClientCredentials(clientId, clientSecret), refreshToken);
  }

  /**
   * A scope from its wire form, keeping the values the domain accepts (printable ASCII) and dropping the
   * others, so one odd value does not lose the whole scope.
   */
  static Scope scope(String wire) {
    try {
      return Scope.parse(wire);
    } catch (IllegalArgumentException refused) {
      return leniently(wire);
    }
  }

  private static Scope leniently(String wire) {
    String trimmed = wire.strip();
    if (trimmed.isEmpty()) {
      return Scope.EMPTY;
    }
    // Splits on the separators of the regex \s (ASCII whitespace) by hand: String.split compiles a Pattern per call.
    List<String> values = new ArrayList<>();
    int length = trimmed.length();
    int start = 0;
    while (start < length) {
      int end = start;
      while (end < length && !isAsciiWhitespace(trimmed.charAt(end))) {
        end++;
      }
      if (end > start) {
        String value = trimmed.substring(start, end);
        if (isPrintableAscii(value)) {
          values.add(value);
        }
      }
      start = end + 1;
    }
    return Scope.of(values);
  }

  private static boolean isAsciiWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static boolean isPrintableAscii(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }
}
