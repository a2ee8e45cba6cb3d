package net.calkit.identity.vertx.internal;

/**
 * Removes a secret from server text before it reaches an exception: literal occurrences, spans that
 * JSON-unescape or percent-decode to it ({@code \/}, {@code \"}, {@code \\}, <code>&#92;uXXXX</code>,
 * {@code %2F} in any mix: a server may echo the token inside a URL) and, in text that may have been cut (a
 * body read up to a limit), a prefix of it at the very end.
 */
final class Redaction {
  /** What replaces a secret. */
  static final String REDACTED = "[redacted]";

  /**
   * The shortest prefix of a secret redacted at the end of the text (where a body limit may cut it);
   * fewer characters do not identify a secret, and redacting them would garble ordinary text.
   */
  static final int MIN_TAIL = 4;

  private static final int INVALID = -1;
  private static final int INCOMPLETE = -2;

  private Redaction() {}

  /**
   * {@code text} with every occurrence of {@code secret}, literal, JSON-escaped or percent-encoded, replaced by
   * {@link #REDACTED}; if {@code mayBeCut}, also a prefix of at least {@link #MIN_TAIL} characters at its end.
   */
  static String redact(String text, String secret, boolean mayBeCut) {
    if (secret.isEmpty() || text.isEmpty()) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < text.length()) {
      int end = matchEnd(text, i, secret, mayBeCut ? MIN_TAIL : Integer.MAX_VALUE);
      if (end < 0) {
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).append(REDACTED);
      copied = end;
      i = end;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * The end of a span starting at {@code start} that is the secret, each character written literally,
   * JSON-escaped or percent-encoded, or that runs to the end of the text as a prefix of it of at least
   * {@code minTail} characters (an escape cut by the end counting as all the characters left of it); -1 if
   * none.
   *
   * <p>A {@code \\} or {@code %} may be an escape or the secret's own character, so every reading is
   * followed: {@code positions} holds the text positions that the first {@code k} characters of the secret
   * can end at. The longest span wins.
   */
  private static int matchEnd(String text, int start, String secret, int minTail) {
    int literal = literalEnd(text, start, secret, minTail);
    if (literal >= 0) {
      return literal;
    }
    char first = text.charAt(start);
    if (first != secret.charAt(0) && first != '\\' && first != '%') {
      return -1;
    }
    int length = text.length();
    int[] positions = {start};
    int count = 1;
    boolean tail = false;
    for (int k = 0; k < secret.length() && count > 0; k++) {
      char wanted = secret.charAt(k);
      int[] next = new int[count * 2];
      int nextCount = 0;
      for (int p = 0; p < count; p++) {
        int at = positions[p];
        if (at >= length) {
          tail |= k >= minTail;
          continue;
        }
        char c = text.charAt(at);
        if (c == wanted) {
          nextCount = add(next, nextCount, at + 1);
        }
        if (c == '\\' || c == '%') {
          int escaped = c == '\\' ? unescape(text, at) : percentDecode(text, at);
          if (escaped == INCOMPLETE) {
            // a lenient reader may show each character of a cut escape, the backslash dropped or not
            tail |= k + (length - at) >= minTail;
          } else if (escaped != INVALID && (escaped & 0xFFFF) == wanted) {
            nextCount = add(next, nextCount, at + (escaped >>> 16));
          }
        }
      }
      positions = next;
      count = nextCount;
    }
    int end = -1;
    for (int p = 0; p < count; p++) {
      end = Math.max(end, positions[p]);
    }
    return tail ? length : end;
  }

  /** Adds {@code position} to the first {@code count} of {@code positions} unless there; the new count. */
  private static int add(int[] positions, int count, int position) {
    for (int i = 0; i < count; i++) {
      if (positions[i] == position) {
        return count;
      }
    }
    positions[count] = position;
    return count + 1;
  }

  /** The end of the literal secret at {@code start}, or of a literal prefix cut off by the end of the text. */
  private static int literalEnd(String text, int start, String secret, int minTail) {
    int available = Math.min(secret.length(), text.length() - start);
    if (available < secret.length() && available < minTail) {
      return -1;
    }
    return text.regionMatches(start, secret, 0, available) ? start + available : -1;
  }

  /**
   * The JSON escape at {@code at} (a backslash): its character in the low 16 bits and its width in the
   * high bits; {@link #INVALID} if it is no JSON escape, {@link #INCOMPLETE} if the text ends inside it.
   */
  private static int unescape(String text, int at) {
    if (at + 1 >= text.length()) {
      return INCOMPLETE;
    }
    char kind = text.charAt(at + 1);
    switch (kind) {
      case '"':
      case '\\':
      case '/':
        return (2 << 16) | kind;
      case 'b':
        return (2 << 16) | '\b';
      case 'f':
        return (2 << 16) | '\f';
      case 'n':
        return (2 << 16) | '\n';
      case 'r':
        return (2 << 16) | '\r';
      case 't':
        return (2 << 16) | '\t';
      case 'u':
        int value = 0;
        for (int d = 0; d < 4; d++) {
          if (at + 2 + d >= text.length()) {
            return INCOMPLETE;
          }
          int digit = hexDigit(text.charAt(at + 2 + d));
          if (digit < 0) {
            return INVALID;
          }
          value = (value << 4) | digit;
        }
        return (6 << 16) | value;
      default:
        return INVALID;
    }
  }

  /**
   * The percent escape at {@code at} (a {@code %}) of an ASCII character, as {@link #unescape} gives it;
   * {@link #INVALID} if it is none, {@link #INCOMPLETE} if the text ends inside it.
   */
  private static int percentDecode(String text, int at) {
    if (at + 2 >= text.length()) {
      // "%" or "%X" at the very end: a cut escape only if what is there could start one
      int high = at + 1 < text.length() ? hexDigit(text.charAt(at + 1)) : 0;
      return high >= 0 && high <= 7 ? INCOMPLETE : INVALID;
    }
    int high = hexDigit(text.charAt(at + 1));
    int low = hexDigit(text.charAt(at + 2));
    return high < 0 || low < 0 || high > 7 ? INVALID : (3 << 16) | (high << 4 | low);
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }
}
