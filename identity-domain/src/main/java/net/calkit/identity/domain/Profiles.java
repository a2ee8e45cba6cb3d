package net.calkit.identity.domain;

import java.util.Optional;

/** Derivations shared by calendar and conferencing profiles. */
final class Profiles {
  private Profiles() {}

  static ConnectionState state(Optional<Boolean> connected, Optional<Boolean> initialSyncRequired) {
    if (connected.isEmpty()) {
      return ConnectionState.UNKNOWN;
    }
    if (!connected.get()) {
      return ConnectionState.NEEDS_RELINK;
    }
    return initialSyncRequired.orElse(false) ? ConnectionState.INITIAL_SYNC_PENDING : ConnectionState.CONNECTED;
  }
}
