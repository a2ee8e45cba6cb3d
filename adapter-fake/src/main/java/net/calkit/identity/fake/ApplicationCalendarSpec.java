package net.calkit.identity.fake;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import net.calkit.identity.domain.ApplicationCalendarId;
import net.calkit.identity.domain.AuthorizationStatus;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.UserInfoType;
import org.jspecify.annotations.Nullable;

/**
 * Seeds an application calendar ({@code cronofy.type = application_calendar}): no email, name or time
 * zone, and exactly one calendar profile, whose provider and service are {@code cronofy}. The
 * {@link #applicationCalendarId} is required. Defaults: a generated {@code apc_} ID, scope
 * {@code read_write}, status {@code active}, a profile named after the application calendar ID with one
 * primary calendar.
 */
public final class ApplicationCalendarSpec {
  private @Nullable SubjectId id;
  private @Nullable ApplicationCalendarId applicationCalendarId;
  private Scope scope = FakeCronofy.DEFAULT_SCOPE;
  private @Nullable AuthorizationStatus status = AuthorizationStatus.ACTIVE;
  private @Nullable Consumer<CalendarProfileSpec> profile;

  ApplicationCalendarSpec() {}

  /** {@code sub}; throws {@link IllegalArgumentException} for an invalid ID. */
  public ApplicationCalendarSpec id(String value) {
    this.id = SubjectId.of(value);
    return this;
  }

  /** {@code application_calendar_id}, chosen by the application; required. */
  public ApplicationCalendarSpec applicationCalendarId(String value) {
    this.applicationCalendarId = ApplicationCalendarId.of(value);
    return this;
  }

  /** The granted scope, space-separated as on the wire. */
  public ApplicationCalendarSpec scope(String wire) {
    this.scope = Scope.parse(wire);
    return this;
  }

  /** {@code authorization.status}; any value, known or not. */
  public ApplicationCalendarSpec authorizationStatus(AuthorizationStatus value) {
    this.status = Objects.requireNonNull(value, "status == null");
    return this;
  }

  /** Customizes the one {@code cronofy} profile (its provider and service stay {@code cronofy}). */
  public ApplicationCalendarSpec profile(Consumer<CalendarProfileSpec> value) {
    this.profile = Objects.requireNonNull(value, "profile == null");
    return this;
  }

  AccountState.Draft toDraft(Ids ids, RelinkUrls relinkUrls) {
    if (applicationCalendarId == null) {
      throw new IllegalArgumentException("an application calendar needs applicationCalendarId(...)");
    }
    ApplicationCalendarId appId = applicationCalendarId;
    AccountState.Draft draft = new AccountState.Draft(UserInfoType.APPLICATION_CALENDAR,
        id != null ? id : ids.subject("apc_"), scope, FakeCronofy.ACCESS_TOKEN_LIFETIME);
    draft.status = Optional.ofNullable(status);
    draft.applicationCalendarId = Optional.of(appId);
    CalendarProfileSpec spec = new CalendarProfileSpec();
    if (profile != null) {
      profile.accept(spec);
    } else {
      spec.name(appId.value()).calendar(c -> c.name(appId.value()).primary(true));
    }
    spec.forceProvider(CalendarProvider.CRONOFY, ProviderService.CRONOFY);
    draft.calendarProfiles.add(spec.build(ids, relinkUrls));
    return draft;
  }
}
