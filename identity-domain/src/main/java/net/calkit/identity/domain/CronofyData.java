package net.calkit.identity.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Userinfo's {@code cronofy.data} object. Arrays are {@code Optional} so that "absent" (for
 * conferencing: not yet authorized) stays distinguishable from "empty" and survives re-encoding.
 *
 * @param authorization {@code authorization}
 * @param profiles {@code profiles}: calendar profiles
 * @param conferencingProfiles {@code conferencing_profiles}: absent until conferencing is authorized
 * @param serviceAccount {@code service_account}, service accounts only
 * @param applicationCalendar {@code application_calendar}, application calendars only
 */
public record CronofyData(
    Optional<Authorization> authorization,
    Optional<List<CalendarProfile>> profiles,
    Optional<List<ConferencingProfile>> conferencingProfiles,
    Optional<ServiceAccount> serviceAccount,
    Optional<ApplicationCalendar> applicationCalendar) {

  /** An object with no attributes. */
  public static final CronofyData EMPTY =
      new CronofyData(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** Rejects null components and copies the lists. */
  public CronofyData {
    Objects.requireNonNull(authorization, "authorization == null");
    profiles = Objects.requireNonNull(profiles, "profiles == null").map(List::copyOf);
    conferencingProfiles =
        Objects.requireNonNull(conferencingProfiles, "conferencingProfiles == null").map(List::copyOf);
    Objects.requireNonNull(serviceAccount, "serviceAccount == null");
    Objects.requireNonNull(applicationCalendar, "applicationCalendar == null");
  }
}
