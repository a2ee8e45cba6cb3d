package net.calkit.identity.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.ApplicationCalendarId;
import net.calkit.identity.domain.Attention;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.ConnectionState;
import net.calkit.identity.domain.OpenEnum;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.ProfileLabels;
import net.calkit.identity.domain.RelinkUrl;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.TimeZoneName;
import net.calkit.identity.domain.UserInfo;

/** The human view: titled sections and plain tables; "-" marks what the response did not say. */
final class HumanOutput implements Output {

  @Override
  public String userInfo(UserInfo info) {
    StringBuilder out = new StringBuilder();
    out.append(identity(info));
    out.append('\n').append(calendarProfiles(info.profiles(), true));
    out.append('\n').append(conferencingProfiles(info));
    return out.toString();
  }

  @Override
  public String account(Account account) {
    Fields fields = new Fields();
    fields.add("Account ID", account.id().value());
    fields.add("Name", account.name().map(HumanOutput::name));
    fields.add("Email", account.email());
    fields.add("Scope", account.scope().map(Scope::wire));
    fields.add("Time zone", account.defaultTimeZone().map(TimeZoneName::value));
    fields.add("Subject", account.sub().map(SubjectId::value));
    return "Account\n" + fields.render();
  }

  @Override
  public String profiles(List<CalendarProfile> profiles) {
    return calendarProfiles(profiles, false);
  }

  @Override
  public String conferencing(UserInfo info) {
    return conferencingProfiles(info);
  }

  @Override
  public String status(UserInfo info) {
    StringBuilder out = new StringBuilder();
    out.append(who(info)).append('\n');
    List<CalendarProfile> calendar = info.profiles();
    List<ConferencingProfile> conferencing = info.conferencingProfiles();
    out.append("Calendar profiles: ").append(summary(calendar.size(), calendar.stream().map(CalendarProfile::state)
        .toArray(ConnectionState[]::new))).append('\n');
    out.append("Conferencing profiles: ");
    if (info.conferencingAuthorized()) {
      out.append(summary(conferencing.size(), conferencing.stream().map(ConferencingProfile::state)
          .toArray(ConnectionState[]::new)));
    } else {
      out.append("not authorized");
    }
    out.append('\n');

    List<Attention> attention = info.needingAttention();
    out.append('\n');
    if (attention.isEmpty()) {
      out.append("Nothing needs attention: every profile is connected and synced.\n");
    } else {
      Table table = new Table("KIND", "PROFILE", "STATE", "RELINK URL");
      for (Attention item : attention) {
        table.row(kind(item.kind()), item.label(), item.state().label(),
            item.relinkUrl().map(RelinkUrl::value).orElse(item.state() == ConnectionState.NEEDS_RELINK
                ? "(none given)" : ""));
      }
      out.append("Needs attention (").append(attention.size()).append(")\n").append(table.render("  "));
    }

    List<SameName> sameNames = SameName.of(info);
    if (!sameNames.isEmpty()) {
      Table table = new Table("KIND", "PROFILE", "ID", "STATE");
      for (SameName same : sameNames) {
        table.row(kind(same.kind()), same.label(), same.id().value(), same.state().label());
      }
      out.append('\n').append("Profiles sharing a name (").append(sameNames.size()).append(")\n")
          .append(table.render("  "));
    }
    return out.toString();
  }

  @Override
  public String revoked(ProfileId profileId) {
    return "Revoked the authorization to profile " + Text.clean(profileId.value()) + ".\n";
  }

  private static String identity(UserInfo info) {
    Fields fields = new Fields();
    fields.add("Subject", info.sub().value());
    fields.add("Type", info.type().map(OpenEnum::label));
    fields.add("Name", info.name().map(HumanOutput::name));
    fields.add("Email", info.email());
    fields.add("Time zone", info.zoneInfo().map(TimeZoneName::value));
    fields.add("Scope", info.scope().map(Scope::wire));
    fields.addIfPresent("Authorization", info.authorization().flatMap(a -> a.status()).map(OpenEnum::label));
    info.serviceAccount().ifPresent(service -> {
      fields.add("Service provider", service.provider().map(OpenEnum::label));
      fields.add("Service domain", service.domain());
    });
    fields.addIfPresent("Application calendar", info.applicationCalendarId().map(ApplicationCalendarId::value));
    return "Identity\n" + fields.render();
  }

  private static String calendarProfiles(List<CalendarProfile> profiles, boolean withCalendars) {
    if (profiles.isEmpty()) {
      return "Calendar profiles: none\n";
    }
    ProfileLabels labels = ProfileLabels.ofCalendarProfiles(profiles);
    boolean anyRelink = profiles.stream().anyMatch(p -> p.state() == ConnectionState.NEEDS_RELINK);
    List<String> headers = new ArrayList<>(List.of("ID", "PROVIDER", "SERVICE", "NAME", "STATE"));
    if (withCalendars) {
      headers.add("CALENDARS");
    }
    if (anyRelink) {
      headers.add("RELINK URL");
    }
    Table table = new Table(headers.toArray(String[]::new));
    for (CalendarProfile profile : profiles) {
      List<String> cells = new ArrayList<>(List.of(profile.id().value(),
          profile.provider().map(OpenEnum::label).orElse(""), profile.service().map(OpenEnum::label).orElse(""),
          labels.label(profile.id()), profile.state().label()));
      if (withCalendars) {
        cells.add(profile.calendars().map(c -> Integer.toString(c.size())).orElse(""));
      }
      if (anyRelink) {
        cells.add(profile.relinkUrl().map(RelinkUrl::value).orElse(""));
      }
      table.row(cells.toArray(String[]::new));
    }
    return "Calendar profiles (" + profiles.size() + ")\n" + table.render("  ");
  }

  private static String conferencingProfiles(UserInfo info) {
    if (!info.conferencingAuthorized()) {
      return "Conferencing profiles: not authorized (the account has not granted conferencing access)\n";
    }
    List<ConferencingProfile> profiles = info.conferencingProfiles();
    if (profiles.isEmpty()) {
      return "Conferencing profiles: none\n";
    }
    ProfileLabels labels = ProfileLabels.ofConferencingProfiles(profiles);
    boolean anyRelink = profiles.stream().anyMatch(p -> p.state() == ConnectionState.NEEDS_RELINK);
    Table table = anyRelink ? new Table("ID", "PROVIDER", "NAME", "STATE", "RELINK URL")
        : new Table("ID", "PROVIDER", "NAME", "STATE");
    for (ConferencingProfile profile : profiles) {
      String provider = profile.provider().map(OpenEnum::label).orElse("");
      if (anyRelink) {
        table.row(profile.id().value(), provider, labels.label(profile.id()), profile.state().label(),
            profile.relinkUrl().map(RelinkUrl::value).orElse(""));
      } else {
        table.row(profile.id().value(), provider, labels.label(profile.id()), profile.state().label());
      }
    }
    return "Conferencing profiles (" + profiles.size() + ")\n" + table.render("  ");
  }

  /** "Jane Doe <jane@example.com> (acc_...)", with what the body had. */
  private static String who(UserInfo info) {
    StringBuilder out = new StringBuilder();
    info.name().filter(n -> !n.isBlank()).ifPresent(n -> out.append(Text.clean(n)).append(' '));
    info.email().ifPresent(e -> out.append('<').append(Text.clean(e)).append("> "));
    out.append('(').append(Text.clean(info.sub().value())).append(')');
    info.type().ifPresent(t -> out.append(", ").append(Text.clean(t.label())));
    return out.toString();
  }

  private static String summary(int total, ConnectionState... states) {
    Map<ConnectionState, Integer> counts = new LinkedHashMap<>();
    for (ConnectionState state : List.of(ConnectionState.NEEDS_RELINK, ConnectionState.INITIAL_SYNC_PENDING,
        ConnectionState.UNKNOWN)) {
      counts.put(state, 0);
    }
    for (ConnectionState state : states) {
      counts.computeIfPresent(state, (s, n) -> n + 1);
    }
    StringBuilder out = new StringBuilder().append(total);
    List<String> parts = new ArrayList<>();
    counts.forEach((state, n) -> {
      if (n > 0) {
        parts.add(n + " " + state.label());
      }
    });
    if (!parts.isEmpty()) {
      out.append(" (").append(String.join(", ", parts)).append(')');
    } else if (total > 0) {
      out.append(total == 1 ? " (connected)" : " (all connected)");
    }
    return out.toString();
  }

  private static String kind(Attention.ProfileKind kind) {
    return kind == Attention.ProfileKind.CALENDAR ? "calendar" : "conferencing";
  }

  /** A name as shown: a blank one is marked, since the API may send a blank name. */
  private static String name(String name) {
    return name.isBlank() ? "(blank)" : name;
  }

  /** Aligned "key  value" lines. */
  private static final class Fields {
    private final Map<String, String> fields = new LinkedHashMap<>();

    void add(String key, String value) {
      fields.put(key, value.isEmpty() ? Table.NONE : Text.clean(value));
    }

    void add(String key, Optional<String> value) {
      add(key, value.orElse(""));
    }

    void addIfPresent(String key, Optional<String> value) {
      value.ifPresent(v -> add(key, v));
    }

    String render() {
      int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
      StringBuilder out = new StringBuilder();
      fields.forEach((key, value) -> out.append("  ").append(key).append(" ".repeat(width - key.length() + 2))
          .append(value).append('\n'));
      return out.toString();
    }
  }

  /** A profile whose name another profile of the same kind shares, with the label that tells it apart. */
  record SameName(Attention.ProfileKind kind, ProfileId id, String label, ConnectionState state) {
    static List<SameName> of(UserInfo info) {
      List<SameName> result = new ArrayList<>();
      List<CalendarProfile> calendar = info.profiles();
      ProfileLabels calendarLabels = ProfileLabels.ofCalendarProfiles(calendar);
      Map<String, Integer> calendarNames = counts(calendar.stream().map(p -> p.name()).toList());
      for (CalendarProfile p : calendar) {
        if (p.name().filter(n -> calendarNames.getOrDefault(n, 0) > 1).isPresent()) {
          result.add(new SameName(Attention.ProfileKind.CALENDAR, p.id(), calendarLabels.label(p.id()), p.state()));
        }
      }
      List<ConferencingProfile> conferencing = info.conferencingProfiles();
      ProfileLabels conferencingLabels = ProfileLabels.ofConferencingProfiles(conferencing);
      Map<String, Integer> conferencingNames = counts(conferencing.stream().map(p -> p.name()).toList());
      for (ConferencingProfile p : conferencing) {
        if (p.name().filter(n -> conferencingNames.getOrDefault(n, 0) > 1).isPresent()) {
          result.add(new SameName(Attention.ProfileKind.CONFERENCING, p.id(), conferencingLabels.label(p.id()),
              p.state()));
        }
      }
      return result;
    }

    private static Map<String, Integer> counts(List<Optional<String>> names) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Optional<String> name : names) {
        name.filter(n -> !n.isBlank()).ifPresent(n -> counts.merge(n, 1, Integer::sum));
      }
      return counts;
    }
  }
}
