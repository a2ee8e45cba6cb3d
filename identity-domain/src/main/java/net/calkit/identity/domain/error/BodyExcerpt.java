package net.calkit.identity.domain.error;

/** Bounds and sanitizes response bodies before they reach an exception message. */
public final class BodyExcerpt {
  /** The longest excerpt kept, in characters (escapes included), before a trailing {@code ...}. */
  public static final int MAX_LENGTH = 200;

  private BodyExcerpt() {}

  /**
   * At most {@link #MAX_LENGTH} characters of {@code body} with control characters (C0, C1, DEL, U+2028,
   * U+2029) escaped, followed by {@code ...} when cut.
   */
  public static String of(String body) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    return escape(body, MAX_LENGTH);
  }

  /** {@code text} with control characters escaped, cut at {@code max} output characters plus {@code ...}. */
  static String escape(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int consumed = 1;
      String piece;
      if (c == '\n') {
        piece = "\\n";
      } else if (c == '\r') {
        piece = "\\r";
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        piece = String.format("\\u%04x", (int) c);
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        piece = text.substring(i, i + 2); // never split a surrogate pair
        consumed = 2;
      } else {
        piece = String.valueOf(c);
      }
      if (out.length() + piece.length() > max) {
        return out.append("...").toString();
      }
      out.append(piece);
      i += consumed;
    }
    return out.toString();
  }
}
