package net.calkit.identity.domain;

/** How a profile stands, derived from {@code profile_connected} and {@code profile_initial_sync_required}. */
public enum ConnectionState {
  /** Connected and fully synced (or sync state not reported). */
  CONNECTED("connected"),
  /** Connected, but Cronofy has not finished the initial sync: events and availability are incomplete. */
  INITIAL_SYNC_PENDING("initial sync pending"),
  /** Not connected: the user must relink the profile. */
  NEEDS_RELINK("needs relink"),
  /** The response did not say whether the profile is connected. */
  UNKNOWN("unknown");

  private final String label;

  ConnectionState(String label) {
    this.label = label;
  }

  /** A short human label such as "needs relink". */
  public String label() {
    return label;
  }
}
