package net.calkit.identity.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar profile: one connection to a calendar service ({@code /v1/profiles} and userinfo's
 * {@code profiles[]}). Only the ID is certain; every other attribute is optional so that minimal and
 * legacy bodies parse.
 *
 * @param id {@code profile_id}
 * @param provider {@code provider_name}
 * @param service {@code provider_service} (newer; absent in legacy bodies)
 * @param name {@code profile_name}
 * @param connected {@code profile_connected}
 * @param initialSyncRequired {@code profile_initial_sync_required} (newer)
 * @param relinkUrl {@code profile_relink_url}, given when not connected
 * @param calendars {@code profile_calendars}, present in userinfo only
 */
public record CalendarProfile(
    ProfileId id,
    Optional<CalendarProvider> provider,
    Optional<ProviderService> service,
    Optional<String> name,
    Optional<Boolean> connected,
    Optional<Boolean> initialSyncRequired,
    Optional<RelinkUrl> relinkUrl,
    Optional<List<Calendar>> calendars) {

  /** Rejects null components and copies the calendar list. */
  public CalendarProfile {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(service, "service == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(connected, "connected == null");
    Objects.requireNonNull(initialSyncRequired, "initialSyncRequired == null");
    Objects.requireNonNull(relinkUrl, "relinkUrl == null");
    calendars = Objects.requireNonNull(calendars, "calendars == null").map(List::copyOf);
  }

  /** A profile with only an ID; add attributes with the {@code with*} methods. */
  public static CalendarProfile of(ProfileId id) {
    return new CalendarProfile(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The calendars, empty when the body had none. */
  public List<Calendar> calendarList() {
    return calendars.orElse(List.of());
  }

  /** The state a person cares about; see {@link ConnectionState}. */
  public ConnectionState state() {
    return Profiles.state(connected, initialSyncRequired);
  }

  /** A copy with {@code provider_name} and {@code provider_service}. */
  public CalendarProfile withProvider(CalendarProvider newProvider, Optional<ProviderService> newService) {
    return new CalendarProfile(id, Optional.of(newProvider), newService, name, connected, initialSyncRequired,
        relinkUrl, calendars);
  }

  /** A copy with {@code profile_name}. */
  public CalendarProfile withName(String newName) {
    return new CalendarProfile(id, provider, service, Optional.of(newName), connected, initialSyncRequired,
        relinkUrl, calendars);
  }

  /** A connected copy: no relink URL. */
  public CalendarProfile asConnected() {
    return new CalendarProfile(id, provider, service, name, Optional.of(true), initialSyncRequired,
        Optional.empty(), calendars);
  }

  /** A disconnected copy that tells the user where to relink. */
  public CalendarProfile asDisconnected(Optional<RelinkUrl> newRelinkUrl) {
    return new CalendarProfile(id, provider, service, name, Optional.of(false), initialSyncRequired,
        newRelinkUrl, calendars);
  }

  /** A copy with {@code profile_initial_sync_required}. */
  public CalendarProfile withInitialSyncRequired(boolean required) {
    return new CalendarProfile(id, provider, service, name, connected, Optional.of(required), relinkUrl,
        calendars);
  }

  /** A copy with {@code profile_calendars}. */
  public CalendarProfile withCalendars(List<Calendar> newCalendars) {
    return new CalendarProfile(id, provider, service, name, connected, initialSyncRequired, relinkUrl,
        Optional.of(newCalendars));
  }
}
