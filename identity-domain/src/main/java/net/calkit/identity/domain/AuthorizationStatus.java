package net.calkit.identity.domain;

import java.util.Optional;
import java.util.Set;
import net.calkit.identity.domain.internal.Checks;
import net.calkit.identity.domain.internal.OpenEnumRegistry;

/** The state of an authorization, from {@code authorization.status} (an open set: unknown values are kept verbatim). */
public record AuthorizationStatus(String value) implements OpenEnum {
  private static final OpenEnumRegistry<AuthorizationStatus> KNOWN = new OpenEnumRegistry<>(AuthorizationStatus::new);

  /** {@code active}: Active. */
  public static final AuthorizationStatus ACTIVE = KNOWN.add("active", "Active");

  /** Validates that the value is non-empty; any other string is accepted. */
  public AuthorizationStatus {
    Checks.nonEmpty(value, "authorization status");
  }

  /** The constant for a known value or a new instance for an unknown one; never throws for non-empty input. */
  public static AuthorizationStatus of(String value) {
    return KNOWN.of(value);
  }

  /** The values this library knows, in documentation order. */
  public static Set<AuthorizationStatus> knownValues() {
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
