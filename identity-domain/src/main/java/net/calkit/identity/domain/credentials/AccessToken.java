package net.calkit.identity.domain.credentials;

import net.calkit.identity.domain.internal.Checks;

/**
 * An OAuth access token, sent as {@code Authorization: Bearer}. Printable ASCII without whitespace or control characters, so it can never inject a header;
 * {@link #toString()} never shows it.
 */
public record AccessToken(String value) {
  /** Validates the value; the message names the offending position, never the secret. */
  public AccessToken {
    Checks.secret(value, "access token");
  }

  /** Wraps a secret value. */
  public static AccessToken of(String value) {
    return new AccessToken(value);
  }

  /** Redacted: {@code AccessToken[redacted]}. */
  @Override
  public String toString() {
    return "AccessToken[redacted]";
  }
}
