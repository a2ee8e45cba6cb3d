package net.calkit.identity.cli;

import java.util.Collection;
import java.util.Locale;

/** Text made safe to print: no terminal control sequences from the API, no echoed secrets in messages. */
final class Text {
  private static final int MAX_QUOTED_WORD = 24;
  /** How far a quoted word may be from a known name. */
  static final int MAX_EDITS = 2;

  private Text() {}

  /**
   * A word the user typed where a name was expected (an option, a command, a data center): quoted only
   * when it looks like one of {@code names} mistyped, that is short, plain (letters, digits, {@code -},
   * {@code _}, {@code .}) and at most {@value #MAX_EDITS} edits away from one of them; otherwise only its
   * length is given. A token pasted in the wrong place is therefore never echoed: a quoted word differs from
   * a public name in two characters at most.
   */
  static String quoteWord(String word, Collection<String> names) {
    return looksLikeName(word, names) ? "\"" + word + "\""
        : "(an unexpected argument, " + word.length() + " characters, not shown)";
  }

  private static boolean looksLikeName(String word, Collection<String> names) {
    if (word.isEmpty() || word.length() > MAX_QUOTED_WORD) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
          || c == '.';
      if (!plain) {
        return false;
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return names.stream().anyMatch(name -> edits(lower, name.toLowerCase(Locale.ROOT)) <= MAX_EDITS);
  }

  /** The Levenshtein distance: insertions, deletions and substitutions turning {@code a} into {@code b}. */
  static int edits(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
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
