package net.calkit.identity.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.calkit.identity.domain.internal.Checks;

/**
 * An OAuth scope: a set of scope values, space-separated on the wire. Set semantics (duplicates are
 * dropped, equality ignores order), while the first-seen order is kept for the wire.
 */
public final class Scope {
  /** The empty scope. */
  public static final Scope EMPTY = new Scope(List.of(), Set.of());

  /** Up to this many values, duplicates are found by scanning the list rather than with a hash set. */
  private static final int FEW = 8;

  private final List<String> values;
  /** The same values as a set; never modified after construction and never handed out. */
  private final Set<String> lookup;

  /** Takes {@code values} (unmodifiable, no duplicates) and {@code lookup} (the same values) as they are. */
  private Scope(List<String> values, Set<String> lookup) {
    this.values = values;
    this.lookup = lookup;
  }

  /** Parses a space-separated wire value; runs of whitespace are one separator, blank means empty. */
  public static Scope parse(String wire) {
    Objects.requireNonNull(wire, "wire == null");
    String trimmed = wire.strip();
    if (trimmed.isEmpty()) {
      return EMPTY;
    }
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
    return of(values);
  }

  private static boolean isAsciiWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** A scope of the given values (each printable ASCII without spaces), duplicates dropped. */
  public static Scope of(Collection<String> values) {
    int size = values.size();
    List<String> unique = new ArrayList<>(size);
    // a few values (the usual case) are checked for duplicates by a scan; more by a set
    Set<String> seen = size > FEW ? new HashSet<>((int) (size / 0.75f) + 1) : Set.of();
    for (String value : values) {
      String checked = Checks.printableAscii(value, "scope value");
      if (size > FEW ? seen.add(checked) : !unique.contains(checked)) {
        unique.add(checked);
      }
    }
    return distinct(unique);
  }

  /** A scope of {@code unique}, which holds no duplicates; one immutable list and one immutable set. */
  private static Scope distinct(List<String> unique) {
    if (unique.isEmpty()) {
      return EMPTY;
    }
    List<String> values = List.copyOf(unique);
    return new Scope(values, Set.of(values.toArray(new String[0])));
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
    return lookup.contains(Objects.requireNonNull(value));
  }

  /** Whether the scope grants every value of {@code other}. */
  public boolean containsAll(Scope other) {
    return lookup.containsAll(other.lookup);
  }

  /** The values of {@code required} that this scope lacks, in {@code required}'s order. */
  public Scope missing(Scope required) {
    List<String> absent = new ArrayList<>();
    for (String value : required.values) {
      if (!lookup.contains(value)) {
        absent.add(value);
      }
    }
    return distinct(absent);
  }

  /** Whether the scope is empty. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The space-separated wire form. */
  public String wire() {
    return String.join(" ", values);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Scope && ((Scope) other).lookup.equals(lookup);
  }

  @Override
  public int hashCode() {
    return lookup.hashCode();
  }

  @Override
  public String toString() {
    return wire();
  }
}
