package net.calkit.identity.domain;

import net.calkit.identity.domain.internal.Checks;

/**
 * A calendar or conferencing profile ID such as {@code pro_n23kjnwrw2}.
 *
 * <p>Besides being non-empty printable ASCII, a profile ID is safe to place in a URL path segment as
 * it is: {@code /}, {@code ?}, {@code #}, {@code %}, backslash, whitespace, {@code ..} anywhere and
 * the segment {@code .} are rejected, so no adapter has to encode it and none can be tricked into another path.
 */
public record ProfileId(String value) {
  /** Validates the value. */
  public ProfileId {
    if (!isPathSafe(value)) {
      reject(value);
    }
  }

  /** One pass over the usual, valid ID; {@link #reject} words the error for any other. */
  private static boolean isPathSafe(String value) {
    if (value == null || value.isEmpty() || value.equals(".")) {
      return false;
    }
    char previous = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7E || c == '/' || c == '?' || c == '#' || c == '%' || c == '\\'
          || (c == '.' && previous == '.')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  private static void reject(String value) {
    Checks.printableAscii(value, "profile id");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == '%' || c == '\\') {
        throw new IllegalArgumentException(
            "profile id must be safe in a URL path, but has '" + c + "' at index " + i + ": "
                + Checks.quote(value));
      }
    }
    if (value.equals(".") || value.contains("..")) {
      throw new IllegalArgumentException(
          "profile id must not be a dot segment or contain '..': " + Checks.quote(value));
    }
  }

  /** Parses a wire or user value; throws {@link IllegalArgumentException} naming the problem. */
  public static ProfileId of(String value) {
    return new ProfileId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
