package net.calkit.identity.fake;

import java.util.Objects;
import java.util.Optional;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.ProfileId;
import org.jspecify.annotations.Nullable;

/** Seeds one conferencing profile. Defaults: a generated {@code pro_} ID, provider {@code zoom}, no name, connected. */
public final class ConferencingProfileSpec {
  private @Nullable ProfileId id;
  private ConferencingProvider provider = ConferencingProvider.ZOOM;
  private @Nullable String name;
  private boolean connected = true;

  ConferencingProfileSpec() {}

  /** {@code profile_id}; throws {@link IllegalArgumentException} for an invalid ID. */
  public ConferencingProfileSpec id(String value) {
    this.id = ProfileId.of(value);
    return this;
  }

  /** {@code provider_name}; any value, known or not. */
  public ConferencingProfileSpec provider(ConferencingProvider value) {
    this.provider = Objects.requireNonNull(value, "provider == null");
    return this;
  }

  /** {@code profile_name}. */
  public ConferencingProfileSpec name(String value) {
    this.name = Objects.requireNonNull(value, "name == null");
    return this;
  }

  /** {@code profile_connected}; a disconnected profile gets a relink URL of the world's data center. */
  public ConferencingProfileSpec connected(boolean value) {
    this.connected = value;
    return this;
  }

  ConferencingProfile build(Ids ids, RelinkUrls relinkUrls) {
    ProfileId profileId = id != null ? id : ids.profileId();
    ConferencingProfile profile = new ConferencingProfile(profileId, Optional.of(provider), Optional.ofNullable(name),
        Optional.of(true), Optional.empty());
    return connected ? profile : profile.asDisconnected(Optional.of(relinkUrls.conferencing(profile)));
  }
}
