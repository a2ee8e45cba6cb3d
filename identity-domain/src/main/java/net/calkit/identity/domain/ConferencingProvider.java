package net.calkit.identity.domain;

import java.util.Optional;
import java.util.Set;
import net.calkit.identity.domain.internal.Checks;
import net.calkit.identity.domain.internal.OpenEnumRegistry;

/** The provider of a conferencing profile, from {@code provider_name} (an open set: unknown values are kept verbatim). */
public record ConferencingProvider(String value) implements OpenEnum {
  private static final OpenEnumRegistry<ConferencingProvider> KNOWN = new OpenEnumRegistry<>(ConferencingProvider::new);

  /** {@code go_to}: GoTo Meeting. */
  public static final ConferencingProvider GO_TO = KNOWN.add("go_to", "GoTo Meeting");
  /** {@code zoom}: Zoom. */
  public static final ConferencingProvider ZOOM = KNOWN.add("zoom", "Zoom");
  /** {@code ms_teams}: Microsoft Teams. */
  public static final ConferencingProvider MS_TEAMS = KNOWN.add("ms_teams", "Microsoft Teams");
  /** {@code google_meet_api}: Google Meet. */
  public static final ConferencingProvider GOOGLE_MEET_API = KNOWN.add("google_meet_api", "Google Meet");

  /** Validates that the value is non-empty; any other string is accepted. */
  public ConferencingProvider {
    Checks.nonEmpty(value, "conferencing provider");
  }

  /** The constant for a known value or a new instance for an unknown one; never throws for non-empty input. */
  public static ConferencingProvider of(String value) {
    return KNOWN.of(value);
  }

  /** The values this library knows, in documentation order. */
  public static Set<ConferencingProvider> knownValues() {
    return KNOWN.knownValues();
  }

  @Override
  public boolean isKnown() {
    return KNOWN.isKnown(value);
  }

  @Override
  public Optional<String> displayName() {
    return KNOWN.displayName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
