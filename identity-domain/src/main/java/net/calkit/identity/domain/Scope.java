package net.calkit.identity.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.calkit.identity.domain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth scope: a set of scope values, space-separated on the wire. Set semantics (duplicates are
 * dropped, equality ignores order), while the first-seen order is kept for the wire.
 */
public final class Scope {
  /** The empty scope. */
  public static final Scope EMPTY = new Scope(List.of());

  /** Up to this many values, lookups and duplicate checks scan the list; more get a hash set. */
  private static final int FEW = 8;

  private final List<String> values;
  /** The same values as a set when there are more than {@link #FEW}, else null; never handed out. */
  private final @Nullable Set<String> lookup;

  /** Takes {@code values} (unmodifiable, no duplicates) as they are. */
  private Scope(List<String> values) {
    this.values = values;
    this.lookup = values.size() > FEW ? Set.copyOf(values) : null;
  }

  /** Parses a space-separated wire value; runs of whitespace are one separator, blank means empty. */
  public static Scope parse(String wire) {
    Objects.requireNonNull(wire, "wire == null");
    // One pass for the usual case, a few clean values; anything else takes the general path, which also
    // words the error for a refused value.
    String[] found = new String[FEW];
    int count = 0;
    int length = wire.length();
    int i = 0;
    while (i < length) {
      char c = wire.charAt(i);
      if (isAsciiWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < length && isPrintableNonSpace(c = wire.charAt(i))) {
        i++;
      }
      if (i < length && !isAsciiWhitespace(c)) {
        return of(split(wire));
      }
      String value = wire.substring(start, i);
      if (indexOf(found, count, value) < 0) {
        if (count == FEW) {
          return of(split(wire));
        }
        found[count++] = value;
      }
    }
    return distinct(found, count);
  }

  /** The values of a wire scope, stripped and split on runs of ASCII whitespace, unchecked. */
  private static List<String> split(String wire) {
    String trimmed = wire.strip();
    // Split on the separators of the regex \s by hand: String.split would compile a Pattern per call.
    List<String> values = new ArrayList<>();
    int length = trimmed.length();
    int start = 0;
    while (start < length) {
      int end = start;
      while (end < length && !isAsciiWhitespace(trimmed.charAt(end))) {
        end++;
      }
      if (end > start) {
        values.add(trimmed.substring(start, end));
      }
      start = end + 1;
    }
    return values;
  }

  private static boolean isPrintableNonSpace(char c) {
    return c > 0x20 && c < 0x7F;
  }

  private static boolean isAsciiWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** A scope of the given values (each printable ASCII without spaces), duplicates dropped. */
  public static Scope of(Collection<String> values) {
    String[] unique = new String[values.size()];
    int count = 0;
    // a few values (the usual case) are checked for duplicates by a scan; more by a set
    @Nullable Set<String> seen = unique.length > FEW ? new HashSet<>((int) (unique.length / 0.75f) + 1) : null;
    for (String value : values) {
      String checked = Checks.printableAscii(value, "scope value");
      if (seen != null ? seen.add(checked) : indexOf(unique, count, checked) < 0) {
        unique[count++] = checked;
      }
    }
    return distinct(unique, count);
  }

  private static int indexOf(String[] values, int count, String value) {
    for (int i = 0; i < count; i++) {
      if (values[i].equals(value)) {
        return i;
      }
    }
    return -1;
  }

  /** A scope of the first {@code count} of {@code unique}, which holds no duplicates. */
  private static Scope distinct(String[] unique, int count) {
    if (count == 0) {
      return EMPTY;
    }
    return new Scope(List.of(count == unique.length ? unique : Arrays.copyOf(unique, count)));
  }

  /** A scope of the given values. */
  public static Scope of(String... values) {
    return of(List.of(values));
  }

  /** The values in wire order. */
  public List<String> values() {
    return values;
  }

  /** Whether the scope grants {@code value}. */
  public boolean contains(String value) {
    Objects.requireNonNull(value);
    return lookup != null ? lookup.contains(value) : values.contains(value);
  }

  /** Whether the scope grants every value of {@code other}. */
  public boolean containsAll(Scope other) {
    for (String value : other.values) {
      if (!contains(value)) {
        return false;
      }
    }
    return true;
  }

  /** The values of {@code required} that this scope lacks, in {@code required}'s order. */
  public Scope missing(Scope required) {
    String[] absent = new String[required.values.size()];
    int count = 0;
    for (String value : required.values) {
      if (!contains(value)) {
        absent[count++] = value;
      }
    }
    return distinct(absent, count);
  }

  /** Whether the scope is empty. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The space-separated wire form. */
  public String wire() {
    return String.join(" ", values);
  }

  /** Set equality: the same values in any order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Scope && ((Scope) other).values.size() == values.size() && containsAll((Scope) other);
  }

  /** The hash of the values as a set (order-independent). */
  @Override
  public int hashCode() {
    int hash = 0;
    for (String value : values) {
      hash += value.hashCode();
    }
    return hash;
  }

  @Override
  public String toString() {
    return wire();
  }
}
