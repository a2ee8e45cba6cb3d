package net.calkit.identity.domain.credentials;

import net.calkit.identity.domain.internal.Checks;

/**
 * An application's OAuth client secret. Printable ASCII without whitespace or control characters, so it can never inject a header;
 * {@link #toString()} never shows it.
 */
public record ClientSecret(String value) {
  /** Validates the value; the message names the offending position, never the secret. */
  public ClientSecret {
    Checks.secret(value, "client secret");
  }

  /** Wraps a secret value. */
  public static ClientSecret of(String value) {
    return new ClientSecret(value);
  }

  /** Redacted: {@code ClientSecret[redacted]}. */
  @Override
  public String toString() {
    return "ClientSecret[redacted]";
  }
}
