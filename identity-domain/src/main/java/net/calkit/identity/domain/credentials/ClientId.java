package net.calkit.identity.domain.credentials;

import net.calkit.identity.domain.internal.Checks;

/** An application's OAuth client ID: printable ASCII without whitespace. Not a secret, but never logged here. */
public record ClientId(String value) {
  /** Validates the value. */
  public ClientId {
    Checks.secret(value, "client id");
  }

  /** Wraps a client ID. */
  public static ClientId of(String value) {
    return new ClientId(value);
  }
}
