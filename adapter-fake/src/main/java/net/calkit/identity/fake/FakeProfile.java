package net.calkit.identity.fake;

import java.util.Optional;
import net.calkit.identity.domain.Attention;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.ConnectionState;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.RelinkUrl;

/**
 * A handle to one calendar or conferencing profile of a {@link FakeAccount}: the state changes people
 * test against (disconnect, reconnect, initial sync, revoke). Changing a revoked profile throws
 * {@link IllegalStateException}. Thread-safe.
 */
public final class FakeProfile {
  private final FakeAccount account;
  private final ProfileId id;

  FakeProfile(FakeAccount account, ProfileId id) {
    this.account = account;
    this.id = id;
  }

  /** The profile's ID. */
  public ProfileId id() {
    return id;
  }

  /** The account it belongs to. */
  public FakeAccount account() {
    return account;
  }

  /** Calendar or conferencing. */
  public Attention.ProfileKind kind() {
    return state().findCalendar(id).isPresent() ? Attention.ProfileKind.CALENDAR : Attention.ProfileKind.CONFERENCING;
  }

  /**
   * Disconnects the profile: {@code profile_connected} becomes false and a relink URL on the world's app
   * host appears, such as {@code https://app-uk.cronofy.com/relink/google?email=...}.
   */
  public void disconnect() {
    change(false);
  }

  /** Reconnects the profile: connected again, no relink URL. */
  public void reconnect() {
    change(true);
  }

  /** Finishes the initial sync of a calendar profile: {@code profile_initial_sync_required} becomes false for good. */
  public void completeInitialSync() {
    requireLive();
    FakeCronofy world = account.world();
    world.update(account.id(), draft -> {
      for (int i = 0; i < draft.calendarProfiles.size(); i++) {
        if (draft.calendarProfiles.get(i).id().equals(id)) {
          draft.calendarProfiles.set(i, draft.calendarProfiles.get(i).withInitialSyncRequired(false));
          return;
        }
      }
      throw new IllegalStateException("profile " + id + " is a conferencing profile and has no initial sync");
    });
  }

  /**
   * Revokes the profile as {@code POST /v1/profiles/{id}/revoke} would: it disappears from userinfo and
   * profiles, and a revoke call for it answers 404. Idempotent.
   */
  public void revoke() {
    account.world().update(account.id(), draft -> draft.revoked.add(id));
  }

  /** Whether the profile was revoked (directly or through the API). */
  public boolean isRevoked() {
    return state().revoked.contains(id);
  }

  /** How the profile stands now (as last seeded or changed; a revoked profile keeps its last state). */
  public ConnectionState connectionState() {
    AccountState state = state();
    Optional<CalendarProfile> calendar = state.findCalendar(id);
    return calendar.isPresent() ? calendar.get().state() : conferencing(state).state();
  }

  /** The relink URL, present while disconnected. */
  public Optional<RelinkUrl> relinkUrl() {
    AccountState state = state();
    Optional<CalendarProfile> calendar = state.findCalendar(id);
    return calendar.isPresent() ? calendar.get().relinkUrl() : conferencing(state).relinkUrl();
  }

  private ConferencingProfile conferencing(AccountState state) {
    return state.findConferencing(id).orElseThrow(() -> new IllegalStateException("no profile " + id));
  }

  private AccountState state() {
    return account.world().state(account.id());
  }

  private void requireLive() {
    if (isRevoked()) {
      throw new IllegalStateException("profile " + id + " was revoked");
    }
  }

  private void change(boolean connected) {
    requireLive();
    FakeCronofy world = account.world();
    RelinkUrls urls = world.relinkUrls();
    world.update(account.id(), draft -> {
      for (int i = 0; i < draft.calendarProfiles.size(); i++) {
        CalendarProfile p = draft.calendarProfiles.get(i);
        if (p.id().equals(id)) {
          draft.calendarProfiles.set(i, connected ? p.asConnected() : p.asDisconnected(Optional.of(urls.calendar(p))));
          return;
        }
      }
      for (int i = 0; i < draft.conferencingProfiles.size(); i++) {
        ConferencingProfile p = draft.conferencingProfiles.get(i);
        if (p.id().equals(id)) {
          draft.conferencingProfiles.set(i,
              connected ? p.asConnected() : p.asDisconnected(Optional.of(urls.conferencing(p))));
          return;
        }
      }
    });
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FakeProfile && ((FakeProfile) other).account.equals(account)
        && ((FakeProfile) other).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "FakeProfile[" + id + " of " + account.id() + "]";
  }
}
