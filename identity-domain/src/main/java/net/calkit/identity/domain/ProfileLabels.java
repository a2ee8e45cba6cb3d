package net.calkit.identity.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Labels that tell profiles apart when several share a name: a unique name is its own label; a shared
 * one gets the service (or provider) in brackets, as in "example@cronofy.com (Google Workspace)" and
 * "example@cronofy.com (Microsoft 365)"; if that still collides, the profile ID is added too.
 */
public final class ProfileLabels {
  private final Map<ProfileId, String> labels;

  private ProfileLabels(Map<ProfileId, String> labels) {
    this.labels = labels;
  }

  /** Labels for calendar profiles; the service names them, or the provider when no service is given. */
  public static ProfileLabels ofCalendarProfiles(List<CalendarProfile> profiles) {
    List<Entry> entries = new ArrayList<>();
    for (CalendarProfile p : profiles) {
      Optional<String> origin = p.service().<String>map(OpenEnum::label).or(() -> p.provider().map(OpenEnum::label));
      entries.add(new Entry(p.id(), p.name(), origin));
    }
    return build(entries);
  }

  /** Labels for conferencing profiles; the provider names them. */
  public static ProfileLabels ofConferencingProfiles(List<ConferencingProfile> profiles) {
    List<Entry> entries = new ArrayList<>();
    for (ConferencingProfile p : profiles) {
      entries.add(new Entry(p.id(), p.name(), p.provider().map(OpenEnum::label)));
    }
    return build(entries);
  }

  /** The label of a profile; its ID when the profile was not among those given. */
  public String label(ProfileId id) {
    return labels.getOrDefault(id, id.value());
  }

  /** All labels, in the order the profiles were given. */
  public Map<ProfileId, String> asMap() {
    return labels;
  }

  private record Entry(ProfileId id, Optional<String> name, Optional<String> origin) {
    String base() {
      return name.filter(n -> !n.isBlank()).orElse(id.value());
    }

    String withOrigin() {
      return origin.map(o -> base() + " (" + o + ")").orElse(base());
    }

    String withId() {
      return origin.map(o -> base() + " (" + o + ", " + id + ")").orElse(base() + " (" + id + ")");
    }
  }

  private static ProfileLabels build(List<Entry> given) {
    // a profile listed twice is one profile: count it once
    Map<ProfileId, Entry> byId = new LinkedHashMap<>();
    for (Entry e : given) {
      byId.putIfAbsent(e.id(), e);
    }
    List<Entry> entries = new ArrayList<>(byId.values());
    Map<String, Integer> baseCounts = count(entries, false);
    Map<String, Integer> originCounts = count(entries, true);
    Map<ProfileId, String> labels = new LinkedHashMap<>();
    for (Entry e : entries) {
      String label;
      if (baseCounts.get(e.base()) == 1) {
        label = e.base();
      } else if (originCounts.get(e.withOrigin()) == 1) {
        label = e.withOrigin();
      } else {
        label = e.withId();
      }
      labels.put(e.id(), label);
    }
    // a unique name can still equal another profile's "name (origin)": fall back to IDs for those
    Map<String, Integer> labelCounts = new HashMap<>();
    labels.values().forEach(label -> labelCounts.merge(label, 1, Integer::sum));
    for (Entry e : entries) {
      if (labelCounts.get(labels.get(e.id())) > 1) {
        labels.put(e.id(), e.withId());
      }
    }
    return new ProfileLabels(Collections.unmodifiableMap(labels));
  }

  private static Map<String, Integer> count(List<Entry> entries, boolean withOrigin) {
    Map<String, Integer> counts = new HashMap<>();
    for (Entry e : entries) {
      counts.merge(withOrigin ? e.withOrigin() : e.base(), 1, Integer::sum);
    }
    return counts;
  }
}
