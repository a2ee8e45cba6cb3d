package net.calkit.identity.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import net.calkit.identity.domain.AuthorizationStatus;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.TimeZoneName;
import net.calkit.identity.domain.UserInfoType;
import org.jspecify.annotations.Nullable;

/**
 * Seeds an account ({@code cronofy.type = account}). Defaults: a generated {@code acc_} ID, no email, name
 * or time zone, scope {@code read_write}, status {@code active}, no profiles, conferencing not authorized.
 */
public final class AccountSpec {
  private @Nullable SubjectId id;
  private @Nullable String email;
  private @Nullable String name;
  private @Nullable TimeZoneName timeZone;
  private Scope scope = FakeCronofy.DEFAULT_SCOPE;
  private @Nullable AuthorizationStatus status = AuthorizationStatus.ACTIVE;
  private @Nullable Boolean conferencingAuthorized;
  private final List<CalendarProfileSpec> calendarProfiles = new ArrayList<>();
  private final List<ConferencingProfileSpec> conferencingProfiles = new ArrayList<>();

  AccountSpec() {}

  /** {@code sub} and {@code account_id}; throws {@link IllegalArgumentException} for an invalid ID. */
  public AccountSpec id(String value) {
    this.id = SubjectId.of(value);
    return this;
  }

  /** {@code email}. */
  public AccountSpec email(String value) {
    this.email = Objects.requireNonNull(value, "email == null");
    return this;
  }

  /** {@code name} (blank is kept). */
  public AccountSpec name(String value) {
    this.name = Objects.requireNonNull(value, "name == null");
    return this;
  }

  /** {@code zoneinfo} and {@code default_tzid}, an IANA zone name. */
  public AccountSpec timeZone(String value) {
    this.timeZone = TimeZoneName.of(value);
    return this;
  }

  /** The granted scope, space-separated as on the wire. */
  public AccountSpec scope(String wire) {
    this.scope = Scope.parse(wire);
    return this;
  }

  /** {@code authorization.status}; any value, known or not. */
  public AccountSpec authorizationStatus(AuthorizationStatus value) {
    this.status = Objects.requireNonNull(value, "status == null");
    return this;
  }

  /** Leaves {@code authorization.status} out, as older bodies do. */
  public AccountSpec noAuthorizationStatus() {
    this.status = null;
    return this;
  }

  /** Adds a calendar profile. */
  public AccountSpec calendarProfile(Consumer<CalendarProfileSpec> profile) {
    CalendarProfileSpec spec = new CalendarProfileSpec();
    Objects.requireNonNull(profile, "profile == null").accept(spec);
    calendarProfiles.add(spec);
    return this;
  }

  /** Adds a conferencing profile; conferencing then counts as authorized. */
  public AccountSpec conferencingProfile(Consumer<ConferencingProfileSpec> profile) {
    ConferencingProfileSpec spec = new ConferencingProfileSpec();
    Objects.requireNonNull(profile, "profile == null").accept(spec);
    conferencingProfiles.add(spec);
    return this;
  }

  /**
   * Whether the account authorized conferencing: userinfo lists {@code conferencing_profiles} (maybe empty)
   * only then. Default: true exactly when a conferencing profile was added.
   */
  public AccountSpec conferencingAuthorized(boolean value) {
    this.conferencingAuthorized = value;
    return this;
  }

  AccountState.Draft toDraft(Ids ids, RelinkUrls relinkUrls) {
    if (Boolean.FALSE.equals(conferencingAuthorized) && !conferencingProfiles.isEmpty()) {
      throw new IllegalArgumentException(
          "an account with conferencing profiles has authorized conferencing; drop conferencingAuthorized(false)");
    }
    AccountState.Draft draft = new AccountState.Draft(UserInfoType.ACCOUNT, id != null ? id : ids.subject("acc_"),
        scope, FakeCronofy.ACCESS_TOKEN_LIFETIME);
    draft.email = Optional.ofNullable(email);
    draft.name = Optional.ofNullable(name);
    draft.zoneInfo = Optional.ofNullable(timeZone);
    draft.status = Optional.ofNullable(status);
    draft.conferencingAuthorized =
        conferencingAuthorized != null ? conferencingAuthorized : !conferencingProfiles.isEmpty();
    for (CalendarProfileSpec profile : calendarProfiles) {
      draft.calendarProfiles.add(profile.build(ids, relinkUrls));
    }
    for (ConferencingProfileSpec profile : conferencingProfiles) {
      draft.conferencingProfiles.add(profile.build(ids, relinkUrls));
    }
    return draft;
  }
}
