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
   * The end of a span starting at {@code start} that is the secret, literally or JSON-escaped, or that
   * runs to the end of the text as a prefix of it of at least {@code minTail} characters; -1 if none.
   */
  private static int matchEnd(String text, int start, String secret, int minTail) {
    int literal = literalEnd(text, start, secret, minTail);
    if (literal >= 0) {
      return literal;
    }
    int at = start;
    for (int k = 0; k < secret.length(); k++) {
      if (at >= text.length()) {
        return k >= minTail ? text.length() : -1;
      }
      int decoded;
      int width;
      char c = text.charAt(at);
      if (c == '%') {
        int escaped = percentDecode(text, at);
        if (escaped >= 0 && (escaped & 0xFFFF) == secret.charAt(k)) {
          decoded = escaped & 0xFFFF;
          width = 3;
        } else if (escaped == INCOMPLETE && (k + 1 >= minTail || secret.charAt(k) != '%')) {
          // an escape cut off by the end of the text, which counts as the character it may have been
          // (unless the secret's own '%' may start a longer tail)
          return k + 1 >= minTail ? text.length() : -1;
        } else {
          // no escape of this character: it may still be the secret's own '%'
          decoded = c;
          width = 1;
        }
      } else if (c != '\\') {
        decoded = c;
        width = 1;
      } else {
        int escaped = unescape(text, at);
        if (escaped == INCOMPLETE) {
          // an escape cut off by the end of the text, which counts as the character it may have been
          return k + 1 >= minTail ? text.length() : -1;
        }
        if (escaped == INVALID) {
          decoded = c;
          width = 1;
        } else {
          decoded = escaped & 0xFFFF;
          width = escaped >>> 16;
        }
      }
      if (decoded != secret.charAt(k)) {
        return -1;
      }
      at += width;
    }
    return at;
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
      return at + 1 >= text.length() || hexDigit(text.charAt(at + 1)) >= 0 ? INCOMPLETE : INVALID;
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
