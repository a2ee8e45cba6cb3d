package net.calkit.identity.domain;

import java.util.Optional;
import java.util.Set;
import net.calkit.identity.domain.internal.Checks;
import net.calkit.identity.domain.internal.OpenEnumRegistry;

/** The permission level of a calendar, from {@code permission_level} (an open set: unknown values are kept verbatim). */
public record PermissionLevel(String value) implements OpenEnum {
  private static final OpenEnumRegistry<PermissionLevel> KNOWN = new OpenEnumRegistry<>(PermissionLevel::new);

  /** {@code sandbox}: Sandbox. */
  public static final PermissionLevel SANDBOX = KNOWN.add("sandbox", "Sandbox");
  /** {@code unrestricted}: Unrestricted. */
  public static final PermissionLevel UNRESTRICTED = KNOWN.add("unrestricted", "Unrestricted");

  /** Validates that the value is non-empty; any other string is accepted. */
  public PermissionLevel {
    Checks.nonEmpty(value, "permission level");
  }

  /** The constant for a known value or a new instance for an unknown one; never throws for non-empty input. */
  public static PermissionLevel of(String value) {
    return KNOWN.of(value);
  }

  /** The values this library knows, in documentation order. */
  public static Set<PermissionLevel> knownValues() {
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
