package net.calkit.identity.domain;

import java.util.Optional;
import java.util.Set;
import net.calkit.identity.domain.internal.Checks;
import net.calkit.identity.domain.internal.OpenEnumRegistry;

/** The kind of identity behind a token, from {@code cronofy.type} (an open set: unknown values are kept verbatim). */
public record UserInfoType(String value) implements OpenEnum {
  private static final OpenEnumRegistry<UserInfoType> KNOWN = new OpenEnumRegistry<>(UserInfoType::new);

  /** {@code account}: Account. */
  public static final UserInfoType ACCOUNT = KNOWN.add("account", "Account");
  /** {@code service_account}: Service account. */
  public static final UserInfoType SERVICE_ACCOUNT = KNOWN.add("service_account", "Service account");
  /** {@code application_calendar}: Application calendar. */
  public static final UserInfoType APPLICATION_CALENDAR = KNOWN.add("application_calendar", "Application calendar");

  /** Validates that the value is non-empty; any other string is accepted. */
  public UserInfoType {
    Checks.nonEmpty(value, "user info type");
  }

  /** The constant for a known value or a new instance for an unknown one; never throws for non-empty input. */
  public static UserInfoType of(String value) {
    return KNOWN.of(value);
  }

  /** The values this library knows, in documentation order. */
  public static Set<UserInfoType> knownValues() {
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
