package net.calkit.identity.domain.internal;

import java.util.Objects;

/** Validation shared by the domain's value types. Messages never echo secrets. */
public final class Checks {
  private Checks() {}

  /** Requires a non-empty string of printable ASCII (0x21..0x7E); the message may quote the value. */
  public static String printableAscii(String value, String what) {
    Objects.requireNonNull(value, () -> what + " == null");
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        throw new IllegalArgumentException(
            what + " must be printable ASCII without spaces, but has " + describe(c) + " at index " + i
                + ": " + quote(value));
      }
    }
    return value;
  }

  /**
   * Requires a non-empty secret of printable ASCII (0x21..0x7E). The message names the position and
   * the kind of the offending character, never the secret.
   */
  public static String secret(String value, String what) {
    Objects.requireNonNull(value, () -> what + " == null");
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        throw new IllegalArgumentException(
            what + " has a forbidden character (" + describe(c) + ") at index " + i
                + "; only printable ASCII without whitespace is allowed");
      }
    }
    return value;
  }

  /** Requires a non-empty string (any characters). */
  public static String nonEmpty(String value, String what) {
    Objects.requireNonNull(value, () -> what + " == null");
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return value;
  }

  /** A short human description of a character, safe to print. */
  public static String describe(char c) {
    switch (c) {
      case '\r': return "CR";
      case '\n': return "LF";
      case '\t': return "TAB";
      case ' ': return "space";
      default:
        if (c < 0x20 || c == 0x7F) {
          return String.format("control character U+%04X", (int) c);
        }
        if (c > 0x7E) {
          return String.format("non-ASCII character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }
  }

  /** Quotes a value for a message: control and non-ASCII characters escaped, at most 80 characters. */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), 80) + 8).append('"');
    int limit = Math.min(value.length(), 80);
    for (int i = 0; i < limit; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (value.length() > limit) {
      out.append("...");
    }
    return out.append('"').toString();
  }
}
