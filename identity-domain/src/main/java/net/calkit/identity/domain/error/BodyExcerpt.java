package net.calkit.identity.domain.error;

/** Bounds and sanitizes response bodies before they reach an exception message. */
public final class BodyExcerpt {
  /** The longest excerpt kept, in characters. */
  public static final int MAX_LENGTH = 200;

  private BodyExcerpt() {}

  /** At most {@link #MAX_LENGTH} characters of {@code body}, with control characters escaped. */
  public static String of(String body) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    int limit = Math.min(body.length(), MAX_LENGTH);
    StringBuilder out = new StringBuilder(limit + 16);
    for (int i = 0; i < limit; i++) {
      char c = body.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c == 0x7F) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (body.length() > limit) {
      out.append("...");
    }
    return out.toString();
  }
}
