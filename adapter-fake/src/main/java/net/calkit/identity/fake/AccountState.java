package net.calkit.identity.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.AccountId;
import net.calkit.identity.domain.ApplicationCalendar;
import net.calkit.identity.domain.ApplicationCalendarId;
import net.calkit.identity.domain.Authorization;
import net.calkit.identity.domain.AuthorizationStatus;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.CronofyData;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.ServiceAccount;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.TimeZoneName;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.UserInfoType;

/**
 * One account's immutable state with its answers precomputed, so that a read call costs a map lookup.
 * Changes build a new state from a {@link Draft} under the world's lock.
 */
final class AccountState {
  final UserInfoType type;
  final SubjectId sub;
  final Optional<String> email;
  final Optional<String> name;
  final Optional<TimeZoneName> zoneInfo;
  final Scope seededScope;
  final Scope scope;
  final Optional<AuthorizationStatus> status;
  final Optional<Scope> delegatedScope;
  final Optional<ServiceAccount> serviceAccount;
  final Optional<ApplicationCalendarId> applicationCalendarId;
  final boolean locked;
  final boolean scopeRestricted;
  final boolean conferencingAuthorized;
  final List<CalendarProfile> calendarProfiles;
  final List<ConferencingProfile> conferencingProfiles;
  final Set<ProfileId> revoked;
  final Duration tokenLifetime;

  final FakeResponse.Ok<UserInfo> userInfoAnswer;
  final FakeResponse.Ok<Account> accountAnswer;
  final FakeResponse.Ok<List<CalendarProfile>> profilesAnswer;

  private AccountState(Draft d) {
    this.type = d.type;
    this.sub = d.sub;
    this.email = d.email;
    this.name = d.name;
    this.zoneInfo = d.zoneInfo;
    this.seededScope = d.seededScope;
    this.scope = d.scope;
    this.status = d.status;
    this.delegatedScope = d.delegatedScope;
    this.serviceAccount = d.serviceAccount;
    this.applicationCalendarId = d.applicationCalendarId;
    this.locked = d.locked;
    this.scopeRestricted = d.scopeRestricted;
    this.conferencingAuthorized = d.conferencingAuthorized;
    this.calendarProfiles = List.copyOf(d.calendarProfiles);
    this.conferencingProfiles = List.copyOf(d.conferencingProfiles);
    this.revoked = Set.copyOf(d.revoked);
    this.tokenLifetime = d.tokenLifetime;
    this.userInfoAnswer = new FakeResponse.Ok<>(200, userInfo());
    this.accountAnswer = new FakeResponse.Ok<>(200, account());
    this.profilesAnswer = new FakeResponse.Ok<>(200, profilesWithoutCalendars());
  }

  Draft edit() {
    return new Draft(this);
  }

  boolean isApplicationCalendar() {
    return type.equals(UserInfoType.APPLICATION_CALENDAR);
  }

  boolean isServiceAccount() {
    return type.equals(UserInfoType.SERVICE_ACCOUNT);
  }

  /** Calendar profiles not revoked, with their calendars. */
  List<CalendarProfile> visibleCalendarProfiles() {
    List<CalendarProfile> visible = new ArrayList<>(calendarProfiles.size());
    for (CalendarProfile profile : calendarProfiles) {
      if (!revoked.contains(profile.id())) {
        visible.add(profile);
      }
    }
    return List.copyOf(visible);
  }

  List<ConferencingProfile> visibleConferencingProfiles() {
    List<ConferencingProfile> visible = new ArrayList<>(conferencingProfiles.size());
    for (ConferencingProfile profile : conferencingProfiles) {
      if (!revoked.contains(profile.id())) {
        visible.add(profile);
      }
    }
    return List.copyOf(visible);
  }

  boolean owns(ProfileId id) {
    return findCalendar(id).isPresent() || findConferencing(id).isPresent();
  }

  Optional<CalendarProfile> findCalendar(ProfileId id) {
    for (CalendarProfile profile : calendarProfiles) {
      if (profile.id().equals(id)) {
        return Optional.of(profile);
      }
    }
    return Optional.empty();
  }

  Optional<ConferencingProfile> findConferencing(ProfileId id) {
    for (ConferencingProfile profile : conferencingProfiles) {
      if (profile.id().equals(id)) {
        return Optional.of(profile);
      }
    }
    return Optional.empty();
  }

  private UserInfo userInfo() {
    Authorization authorization = new Authorization(Optional.of(scope), status, delegatedScope);
    CronofyData data;
    if (isServiceAccount()) {
      data = new CronofyData(Optional.of(authorization), Optional.empty(), Optional.empty(), serviceAccount,
          Optional.empty());
    } else if (isApplicationCalendar()) {
      data = new CronofyData(Optional.of(authorization), Optional.of(visibleCalendarProfiles()), Optional.empty(),
          Optional.empty(), Optional.of(new ApplicationCalendar(applicationCalendarId)));
    } else {
      data = new CronofyData(Optional.of(authorization), Optional.of(visibleCalendarProfiles()),
          conferencingAuthorized ? Optional.of(visibleConferencingProfiles()) : Optional.empty(), Optional.empty(),
          Optional.empty());
    }
    return new UserInfo(sub, email, name, zoneInfo, Optional.of(type), applicationCalendarId, Optional.of(data));
  }

  private Account account() {
    return new Account(AccountId.of(sub.value()), email, name, Optional.of(scope), zoneInfo, Optional.of(sub));
  }

  private List<CalendarProfile> profilesWithoutCalendars() {
    if (isServiceAccount()) {
      return List.of();
    }
    List<CalendarProfile> out = new ArrayList<>();
    for (CalendarProfile p : visibleCalendarProfiles()) {
      out.add(new CalendarProfile(p.id(), p.provider(), p.service(), p.name(), p.connected(), p.initialSyncRequired(),
          p.relinkUrl(), Optional.empty()));
    }
    return List.copyOf(out);
  }

  /** A mutable copy of a state, or the seed of a new one. */
  static final class Draft {
    UserInfoType type;
    SubjectId sub;
    Optional<String> email = Optional.empty();
    Optional<String> name = Optional.empty();
    Optional<TimeZoneName> zoneInfo = Optional.empty();
    Scope seededScope;
    Scope scope;
    Optional<AuthorizationStatus> status = Optional.empty();
    Optional<Scope> delegatedScope = Optional.empty();
    Optional<ServiceAccount> serviceAccount = Optional.empty();
    Optional<ApplicationCalendarId> applicationCalendarId = Optional.empty();
    boolean locked;
    boolean scopeRestricted;
    boolean conferencingAuthorized;
    List<CalendarProfile> calendarProfiles = new ArrayList<>();
    List<ConferencingProfile> conferencingProfiles = new ArrayList<>();
    Set<ProfileId> revoked = new LinkedHashSet<>();
    Duration tokenLifetime;

    Draft(UserInfoType type, SubjectId sub, Scope scope, Duration tokenLifetime) {
      this.type = type;
      this.sub = sub;
      this.seededScope = scope;
      this.scope = scope;
      this.tokenLifetime = tokenLifetime;
    }

    private Draft(AccountState s) {
      this.type = s.type;
      this.sub = s.sub;
      this.email = s.email;
      this.name = s.name;
      this.zoneInfo = s.zoneInfo;
      this.seededScope = s.seededScope;
      this.scope = s.scope;
      this.status = s.status;
      this.delegatedScope = s.delegatedScope;
      this.serviceAccount = s.serviceAccount;
      this.applicationCalendarId = s.applicationCalendarId;
      this.locked = s.locked;
      this.scopeRestricted = s.scopeRestricted;
      this.conferencingAuthorized = s.conferencingAuthorized;
      this.calendarProfiles = new ArrayList<>(s.calendarProfiles);
      this.conferencingProfiles = new ArrayList<>(s.conferencingProfiles);
      this.revoked = new LinkedHashSet<>(s.revoked);
      this.tokenLifetime = s.tokenLifetime;
    }

    AccountState build() {
      return new AccountState(this);
    }
  }
}
