package net.calkit.identity.domain;

import net.calkit.identity.domain.internal.Checks;

/** An application calendar ID chosen by the application: non-empty printable ASCII; no length rule, since real IDs are shorter than documented. */
public record ApplicationCalendarId(String value) {
  /** Validates the value. */
  public ApplicationCalendarId {
    Checks.printableAscii(value, "application calendar id");
  }

  /** Parses a wire value; throws {@link IllegalArgumentException} naming the problem. */
  public static ApplicationCalendarId of(String value) {
    return new ApplicationCalendarId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
