package net.calkit.identity.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A conferencing profile (userinfo's {@code conferencing_profiles[]}): a connection to Zoom, Teams and
 * the like. Only the ID is certain.
 *
 * @param id {@code profile_id}
 * @param provider {@code provider_name}
 * @param name {@code profile_name}
 * @param connected {@code profile_connected}
 * @param relinkUrl {@code profile_relink_url}, given when not connected
 */
public record ConferencingProfile(
    ProfileId id,
    Optional<ConferencingProvider> provider,
    Optional<String> name,
    Optional<Boolean> connected,
    Optional<RelinkUrl> relinkUrl) {

  /** Rejects null components. */
  public ConferencingProfile {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(connected, "connected == null");
    Objects.requireNonNull(relinkUrl, "relinkUrl == null");
  }

  /** A connected profile. */
  public static ConferencingProfile connected(ProfileId id, ConferencingProvider provider, String name) {
    return new ConferencingProfile(id, Optional.of(provider), Optional.of(name), Optional.of(true),
        Optional.empty());
  }

  /** The state a person cares about; conferencing profiles have no initial sync. */
  public ConnectionState state() {
    return Profiles.state(connected, Optional.empty());
  }

  /** A connected copy: no relink URL. */
  public ConferencingProfile asConnected() {
    return new ConferencingProfile(id, provider, name, Optional.of(true), Optional.empty());
  }

  /** A disconnected copy that tells the user where to relink. */
  public ConferencingProfile asDisconnected(Optional<RelinkUrl> newRelinkUrl) {
    return new ConferencingProfile(id, provider, name, Optional.of(false), newRelinkUrl);
  }
}
