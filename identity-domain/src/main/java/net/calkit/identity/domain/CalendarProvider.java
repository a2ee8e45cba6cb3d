package net.calkit.identity.domain;

import java.util.Optional;
import java.util.Set;
import net.calkit.identity.domain.internal.Checks;
import net.calkit.identity.domain.internal.OpenEnumRegistry;

/** The provider of a calendar profile, from {@code provider_name} (an open set: unknown values are kept verbatim). */
public record CalendarProvider(String value) implements OpenEnum {
  private static final OpenEnumRegistry<CalendarProvider> KNOWN = new OpenEnumRegistry<>(CalendarProvider::new);

  /** {@code apple}: Apple. */
  public static final CalendarProvider APPLE = KNOWN.add("apple", "Apple");
  /** {@code cronofy}: Cronofy. */
  public static final CalendarProvider CRONOFY = KNOWN.add("cronofy", "Cronofy");
  /** {@code exchange}: Microsoft Exchange. */
  public static final CalendarProvider EXCHANGE = KNOWN.add("exchange", "Microsoft Exchange");
  /** {@code google}: Google. */
  public static final CalendarProvider GOOGLE = KNOWN.add("google", "Google");
  /** {@code live_connect}: Microsoft Live Connect. */
  public static final CalendarProvider LIVE_CONNECT = KNOWN.add("live_connect", "Microsoft Live Connect");

  /** Validates that the value is non-empty; any other string is accepted. */
  public CalendarProvider {
    Checks.nonEmpty(value, "calendar provider");
  }

  /** The constant for a known value or a new instance for an unknown one; never throws for non-empty input. */
  public static CalendarProvider of(String value) {
    return KNOWN.of(value);
  }

  /** The values this library knows, in documentation order. */
  public static Set<CalendarProvider> knownValues() {
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
