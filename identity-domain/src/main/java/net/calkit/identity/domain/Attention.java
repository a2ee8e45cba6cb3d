package net.calkit.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing about an identity that needs a person: a profile to relink, or a calendar profile whose
 * initial sync has not finished.
 *
 * @param kind calendar or conferencing
 * @param profileId the profile
 * @param label a label that tells same-name profiles apart; see {@link ProfileLabels}
 * @param state {@link ConnectionState#NEEDS_RELINK} or {@link ConnectionState#INITIAL_SYNC_PENDING}
 * @param relinkUrl where to relink, when the API gave it
 */
public record Attention(ProfileKind kind, ProfileId profileId, String label, ConnectionState state,
    Optional<RelinkUrl> relinkUrl) {

  /** Which list a profile came from. */
  public enum ProfileKind {
    /** A calendar profile. */
    CALENDAR,
    /** A conferencing profile. */
    CONFERENCING
  }

  /** Rejects null components. */
  public Attention {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(profileId, "profileId == null");
    Objects.requireNonNull(label, "label == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(relinkUrl, "relinkUrl == null");
  }

  /** Disconnected profiles of both kinds (calendar first), then calendar profiles still in initial sync. */
  public static List<Attention> of(List<CalendarProfile> calendarProfiles,
      List<ConferencingProfile> conferencingProfiles) {
    ProfileLabels calendarLabels = ProfileLabels.ofCalendarProfiles(calendarProfiles);
    ProfileLabels conferencingLabels = ProfileLabels.ofConferencingProfiles(conferencingProfiles);
    List<Attention> relink = new ArrayList<>();
    List<Attention> syncing = new ArrayList<>();
    for (CalendarProfile profile : calendarProfiles) {
      ConnectionState state = profile.state();
      if (state == ConnectionState.NEEDS_RELINK) {
        relink.add(new Attention(ProfileKind.CALENDAR, profile.id(), calendarLabels.label(profile.id()), state,
            profile.relinkUrl()));
      } else if (state == ConnectionState.INITIAL_SYNC_PENDING) {
        syncing.add(new Attention(ProfileKind.CALENDAR, profile.id(), calendarLabels.label(profile.id()), state,
            Optional.empty()));
      }
    }
    for (ConferencingProfile profile : conferencingProfiles) {
      if (profile.state() == ConnectionState.NEEDS_RELINK) {
        relink.add(new Attention(ProfileKind.CONFERENCING, profile.id(), conferencingLabels.label(profile.id()),
            ConnectionState.NEEDS_RELINK, profile.relinkUrl()));
      }
    }
    relink.addAll(syncing);
    return List.copyOf(relink);
  }
}
