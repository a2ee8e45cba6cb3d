package net.calkit.identity.cli;

/** Text made safe to print: no terminal control sequences from the API, no echoed secrets in messages. */
final class Text {
  private static final int MAX_QUOTED_WORD = 24;

  private Text() {}

  /**
   * Quotes a word the user typed (an unknown option or command) only when it is short and plain, so a
   * token pasted in the wrong place is not echoed.
   */
  static String quoteWord(String word) {
    if (word.isEmpty() || word.length() > MAX_QUOTED_WORD) {
      return "(" + word.length() + " characters, not shown)";
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
          || c == '.';
      if (!plain) {
        return "(" + word.length() + " characters, not shown)";
      }
    }
    return "\"" + word + "\"";
  }

  /**
   * Escapes what a terminal would interpret: C0 and C1 controls, DEL, and the bidirectional overrides
   * that can reorder a line. Everything else (any script, emoji) is kept.
   */
  static String clean(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean unsafe = c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E
          || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F;
      if (unsafe) {
        if (out == null) {
          out = new StringBuilder(value.length() + 8).append(value, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? value : out.toString();
  }

  /** The width of a cleaned value in a fixed-width table: one column per code point. */
  static int width(String value) {
    return value.codePointCount(0, value.length());
  }
}
