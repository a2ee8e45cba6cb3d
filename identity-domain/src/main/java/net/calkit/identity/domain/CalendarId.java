package net.calkit.identity.domain;

import net.calkit.identity.domain.internal.Checks;

/** A calendar ID such as {@code cal_n23kjnwrw2_jsdfjksn234}: non-empty printable ASCII; no length rule, since real IDs are shorter than documented. */
public record CalendarId(String value) {
  /** Validates the value. */
  public CalendarId {
    Checks.printableAscii(value, "calendar id");
  }

  /** Parses a wire value; throws {@link IllegalArgumentException} naming the problem. */
  public static CalendarId of(String value) {
    return new CalendarId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
