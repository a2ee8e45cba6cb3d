package net.calkit.identity.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import net.calkit.identity.domain.internal.Checks;

/**
 * An IANA time zone name as sent by Cronofy ({@code zoneinfo}, {@code default_tzid}). Kept as text,
 * so a zone this JDK does not know is not an error; {@link #zoneId()} resolves it when it can.
 */
public record TimeZoneName(String value) {
  /** Validates that the name is non-empty. */
  public TimeZoneName {
    Checks.nonEmpty(value, "time zone name");
  }

  /** The name as given. */
  public static TimeZoneName of(String value) {
    return new TimeZoneName(value);
  }

  /** The JDK zone of this name, or empty when the JDK does not know it. */
  public Optional<ZoneId> zoneId() {
    try {
      return Optional.of(ZoneId.of(value));
    } catch (DateTimeException unknown) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
