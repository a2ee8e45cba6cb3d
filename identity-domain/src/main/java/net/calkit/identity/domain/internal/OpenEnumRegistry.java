package net.calkit.identity.domain.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The well-known values of one open enum, with their display names. Written once, during class init. */
public final class OpenEnumRegistry<T> {
  private final Function<String, T> factory;
  private final Map<String, T> known = new LinkedHashMap<>();
  private final Map<String, String> displayNames = new LinkedHashMap<>();

  /** Creates an empty registry that builds values with {@code factory}. */
  public OpenEnumRegistry(Function<String, T> factory) {
    this.factory = factory;
  }

  /** Registers a well-known value and returns its constant. */
  public T add(String value, String displayName) {
    T constant = factory.apply(value);
    known.put(value, constant);
    displayNames.put(value, displayName);
    return constant;
  }

  /** The constant for a known value, or a new value for an unknown one; never throws for non-empty input. */
  public T of(String value) {
    // the factory (the type's constructor) validates, so the message names the type, not "value"
    T constant = value == null ? null : known.get(value);
    return constant != null ? constant : factory.apply(value);
  }

  /** Whether {@code value} is one of the registered values. */
  public boolean isKnown(String value) {
    return known.containsKey(value);
  }

  /** The display name of a known value. */
  public Optional<String> displayName(String value) {
    return Optional.ofNullable(displayNames.get(value));
  }

  /** The registered constants in registration order. */
  public Set<T> knownValues() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(known.values()));
  }
}
