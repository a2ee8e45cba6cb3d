package net.calkit.identity.domain;

import java.util.Optional;

/**
 * A value from an enumerated wire string that Cronofy may extend at any time: the raw string is kept
 * verbatim, so unknown values survive a round trip.
 */
public interface OpenEnum {
  /** The exact wire string. */
  String value();

  /** Whether this library knows the value. */
  boolean isKnown();

  /** A human name for a known value, such as "Google Workspace" for {@code gsuite}. */
  Optional<String> displayName();

  /** The display name when known, otherwise the raw value. */
  default String label() {
    return displayName().orElse(value());
  }
}
