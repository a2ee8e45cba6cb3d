package net.calkit.identity.json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
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

/** Seeded generators of valid domain values, biased towards the edges (empty, blank, odd characters). */
final class DomainGenerator {
  private static final String ODD = "\"\\/\b\f\n\r\t\u0000\u001f\u007f\u00e9\u00a0\u2028\u5c71\ud83d\udcc5 '{}[],:";

  private final SplittableRandom random;

  DomainGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Any string: ASCII, control characters, non-BMP, and sometimes a lone surrogate. */
  String text(int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        out.append((char) (0x20 + random.nextInt(0x5F)));
      } else if (kind < 8) {
        out.append(ODD.charAt(random.nextInt(ODD.length())));
      } else if (kind < 9) {
        out.appendCodePoint(0x80 + random.nextInt(0x10FFFF - 0x80 + 1 - 0x800));
      } else {
        out.append((char) (0xD800 + random.nextInt(0x800)));
      }
    }
    return out.toString().replace("\ud800\udc00", "");
  }

  String nonEmptyText(int maxLength) {
    String text = text(maxLength);
    return text.isEmpty() ? "x" : text;
  }

  /** Printable ASCII without spaces (0x21..0x7E), at least one character. */
  String printable(int maxLength) {
    int length = 1 + random.nextInt(maxLength);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) (0x21 + random.nextInt(0x5E)));
    }
    return out.toString();
  }

  <T> Optional<T> maybe(Supplier<T> value) {
    return chance(55) ? Optional.of(value.get()) : Optional.empty();
  }

  <T> List<T> list(int max, Supplier<T> element) {
    int size = random.nextInt(max + 1);
    List<T> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(element.get());
    }
    return out;
  }

  private <T> T pick(List<T> known, Function<String, T> unknown) {
    return chance(70) ? known.get(random.nextInt(known.size())) : unknown.apply(nonEmptyText(12));
  }

  Scope scope() {
    List<String> known = List.of("read_write", "read_events", "create_event", "service_account/accounts/manage");
    return Scope.of(list(4, () -> chance(50) ? known.get(random.nextInt(known.size())) : printable(10)));
  }

  ProfileId profileId() {
    while (true) {
      try {
        return ProfileId.of(chance(60) ? "pro_" + printable(12) : printable(20));
      } catch (IllegalArgumentException notPathSafe) {
        // retry: the generator only yields valid values
      }
    }
  }

  Calendar calendar() {
    return new Calendar(CalendarId.of(printable(30)), maybe(() -> text(15)), maybe(random::nextBoolean),
        maybe(random::nextBoolean), maybe(random::nextBoolean), maybe(random::nextBoolean), maybe(random::nextBoolean),
        maybe(() -> pick(List.copyOf(PermissionLevel.knownValues()), PermissionLevel::of)));
  }

  CalendarProfile calendarProfile(boolean withCalendars) {
    return new CalendarProfile(profileId(),
        maybe(() -> pick(List.copyOf(CalendarProvider.knownValues()), CalendarProvider::of)),
        maybe(() -> pick(List.copyOf(ProviderService.knownValues()), ProviderService::of)),
        maybe(() -> text(20)), maybe(random::nextBoolean), maybe(random::nextBoolean),
        maybe(() -> RelinkUrl.of(chance(50) ? "https://app.cronofy.com/relink/" + printable(8) : nonEmptyText(20))),
        withCalendars ? maybe(() -> list(3, this::calendar)) : Optional.empty());
  }

  ConferencingProfile conferencingProfile() {
    return new ConferencingProfile(profileId(),
        maybe(() -> pick(List.copyOf(ConferencingProvider.knownValues()), ConferencingProvider::of)),
        maybe(() -> text(20)), maybe(random::nextBoolean), maybe(() -> RelinkUrl.of(nonEmptyText(30))));
  }

  UserInfo userInfo() {
    Optional<CronofyData> data = maybe(() -> new CronofyData(
        maybe(() -> new Authorization(maybe(this::scope),
            maybe(() -> pick(List.copyOf(AuthorizationStatus.knownValues()), AuthorizationStatus::of)),
            maybe(this::scope))),
        maybe(() -> list(3, () -> calendarProfile(true))),
        maybe(() -> list(3, this::conferencingProfile)),
        maybe(() -> new ServiceAccount(maybe(() -> pick(List.copyOf(CalendarProvider.knownValues()), CalendarProvider::of)),
            maybe(() -> text(15)))),
        maybe(() -> new ApplicationCalendar(maybe(() -> ApplicationCalendarId.of(printable(15)))))));
    return new UserInfo(SubjectId.of(printable(28)), maybe(() -> text(20)), maybe(() -> text(20)),
        maybe(() -> TimeZoneName.of(chance(50) ? "Europe/London" : nonEmptyText(20))),
        maybe(() -> pick(List.copyOf(UserInfoType.knownValues()), UserInfoType::of)),
        maybe(() -> ApplicationCalendarId.of(printable(15))), data);
  }

  Account account() {
    return new Account(AccountId.of(printable(28)), maybe(() -> text(20)), maybe(() -> text(20)), maybe(this::scope),
        maybe(() -> TimeZoneName.of(nonEmptyText(20))), maybe(() -> SubjectId.of(printable(28))));
  }

  List<CalendarProfile> profiles() {
    return list(4, () -> calendarProfile(chance(20)));
  }

  List<ConferencingProfile> conferencingProfiles() {
    return list(4, this::conferencingProfile);
  }

  TokenResponse tokenResponse() {
    return new TokenResponse(chance(80) ? "bearer" : nonEmptyText(10), AccessToken.of(printable(40)),
        maybe(() -> RefreshToken.of(printable(40))),
        maybe(() -> Duration.ofSeconds(chance(50) ? 3600 : random.nextLong(0, Long.MAX_VALUE / 1_000_000_000L))),
        maybe(this::scope));
  }

  ClientCredentials clientCredentials() {
    return ClientCredentials.of(printable(32), printable(48));
  }

  RefreshToken refreshToken() {
    return RefreshToken.of(printable(40));
  }
}
