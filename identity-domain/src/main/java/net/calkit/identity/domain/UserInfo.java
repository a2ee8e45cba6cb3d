package net.calkit.identity.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity behind an access token ({@code GET /v1/userinfo}). One record covers every variant
 * (account, service account, application calendar, and types this library does not know yet), so
 * nothing on the wire is lost; {@link #type()} says which it is.
 *
 * @param sub {@code sub}
 * @param email {@code email}
 * @param name {@code name} (null on the wire becomes empty; blank is kept)
 * @param zoneInfo {@code zoneinfo}
 * @param type {@code cronofy.type}
 * @param applicationCalendarId top-level {@code application_calendar_id} of application calendars
 * @param data {@code cronofy.data}
 */
public record UserInfo(
    SubjectId sub,
    Optional<String> email,
    Optional<String> name,
    Optional<TimeZoneName> zoneInfo,
    Optional<UserInfoType> type,
    Optional<ApplicationCalendarId> applicationCalendarId,
    Optional<CronofyData> data) {

  /** Rejects null components. */
  public UserInfo {
    Objects.requireNonNull(sub, "sub == null");
    Objects.requireNonNull(email, "email == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(zoneInfo, "zoneInfo == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(applicationCalendarId, "applicationCalendarId == null");
    Objects.requireNonNull(data, "data == null");
  }

  /** A user info with only a subject. */
  public static UserInfo of(SubjectId sub) {
    return new UserInfo(sub, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /** The calendar profiles, empty when the body had none. */
  public List<CalendarProfile> profiles() {
    return data.flatMap(CronofyData::profiles).orElse(List.of());
  }

  /** The conferencing profiles, empty when the body had none. */
  public List<ConferencingProfile> conferencingProfiles() {
    return data.flatMap(CronofyData::conferencingProfiles).orElse(List.of());
  }

  /** Whether the body listed conferencing profiles at all (it omits them until conferencing is authorized). */
  public boolean conferencingAuthorized() {
    return data.flatMap(CronofyData::conferencingProfiles).isPresent();
  }

  /** The authorization, when given. */
  public Optional<Authorization> authorization() {
    return data.flatMap(CronofyData::authorization);
  }

  /** The granted scope, when given. */
  public Optional<Scope> scope() {
    return authorization().flatMap(Authorization::scope);
  }

  /** The service account details, when given. */
  public Optional<ServiceAccount> serviceAccount() {
    return data.flatMap(CronofyData::serviceAccount);
  }

  /**
   * Whether the token's scope grants every value of {@code required}. An unreported scope grants
   * nothing.
   */
  public boolean hasScope(Scope required) {
    return scope().map(granted -> granted.containsAll(required)).orElse(required.isEmpty());
  }

  /** Everything that needs a person's attention; see {@link Attention}. */
  public List<Attention> needingAttention() {
    return Attention.of(profiles(), conferencingProfiles());
  }

  /** A copy with {@code cronofy.data}. */
  public UserInfo withData(CronofyData newData) {
    return new UserInfo(sub, email, name, zoneInfo, type, applicationCalendarId, Optional.of(newData));
  }
}
