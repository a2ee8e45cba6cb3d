package net.calkit.identity.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import net.calkit.identity.domain.Calendar;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.ProviderService;
import org.jspecify.annotations.Nullable;

/**
 * Seeds one calendar profile. Defaults: a generated {@code pro_} ID, provider {@code google} with service
 * {@code google}, no name, connected, initial sync done, no calendars.
 */
public final class CalendarProfileSpec {
  private @Nullable ProfileId id;
  private CalendarProvider provider = CalendarProvider.GOOGLE;
  private @Nullable ProviderService service = ProviderService.GOOGLE;
  private @Nullable String name;
  private boolean connected = true;
  private boolean initialSyncRequired;
  private final List<CalendarSpec> calendars = new ArrayList<>();

  CalendarProfileSpec() {}

  /** {@code profile_id}; throws {@link IllegalArgumentException} for an invalid ID. */
  public CalendarProfileSpec id(String value) {
    this.id = ProfileId.of(value);
    return this;
  }

  /** {@code provider_name} and {@code provider_service}; any values, known or not. */
  public CalendarProfileSpec provider(CalendarProvider provider, ProviderService service) {
    this.provider = Objects.requireNonNull(provider, "provider == null");
    this.service = Objects.requireNonNull(service, "service == null");
    return this;
  }

  /** {@code provider_name} without {@code provider_service}, as legacy bodies have it. */
  public CalendarProfileSpec provider(CalendarProvider provider) {
    this.provider = Objects.requireNonNull(provider, "provider == null");
    this.service = null;
    return this;
  }

  /** {@code profile_name}. */
  public CalendarProfileSpec name(String value) {
    this.name = Objects.requireNonNull(value, "name == null");
    return this;
  }

  /** {@code profile_connected}; a disconnected profile gets a relink URL of the world's data center. */
  public CalendarProfileSpec connected(boolean value) {
    this.connected = value;
    return this;
  }

  /** {@code profile_initial_sync_required}. */
  public CalendarProfileSpec initialSyncRequired(boolean value) {
    this.initialSyncRequired = value;
    return this;
  }

  /** Adds a calendar ({@code profile_calendars[]}, shown in userinfo only). */
  public CalendarProfileSpec calendar(Consumer<CalendarSpec> calendar) {
    CalendarSpec spec = new CalendarSpec();
    Objects.requireNonNull(calendar, "calendar == null").accept(spec);
    calendars.add(spec);
    return this;
  }

  CalendarProfileSpec forceProvider(CalendarProvider forcedProvider, ProviderService forcedService) {
    this.provider = forcedProvider;
    this.service = forcedService;
    return this;
  }

  CalendarProfile build(Ids ids, RelinkUrls relinkUrls) {
    ProfileId profileId = id != null ? id : ids.profileId();
    List<Calendar> built = new ArrayList<>(calendars.size());
    for (CalendarSpec calendar : calendars) {
      built.add(calendar.build(ids, profileId.value()));
    }
    CalendarProfile profile = new CalendarProfile(profileId, Optional.of(provider), Optional.ofNullable(service),
        Optional.ofNullable(name), Optional.of(true), Optional.of(initialSyncRequired), Optional.empty(),
        Optional.of(built));
    return connected ? profile : profile.asDisconnected(Optional.of(relinkUrls.calendar(profile)));
  }
}
