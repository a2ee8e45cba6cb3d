package net.calkit.identity.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
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
  public static final Scope EMPTY = new Scope(List.of());

  private final List<String> values;
  private final Set<String> lookup;

  private Scope(List<String> values) {
    this.values = List.copyOf(values);
    this.lookup = Set.copyOf(values);
  }

  /** Parses a space-separated wire value; runs of whitespace are one separator, blank means empty. */
  public static Scope parse(String wire) {
    Objects.requireNonNull(wire, "wire == null");
    String trimmed = wire.strip();
    if (trimmed.isEmpty()) {
      return EMPTY;
    }
    return of(List.of(trimmed.split("\\s+")));
  }

  /** A scope of the given values (each printable ASCII without spaces), duplicates dropped. */
  public static Scope of(Collection<String> values) {
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (String value : values) {
      unique.add(Checks.printableAscii(value, "scope value"));
    }
    return unique.isEmpty() ? EMPTY : new Scope(new ArrayList<>(unique));
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
    return lookup.contains(value);
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
    return absent.isEmpty() ? EMPTY : new Scope(absent);
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
