package net.calkit.identity.domain.credentials;

import net.calkit.identity.domain.internal.Checks;

/**
 * An OAuth refresh token, exchanged at {@code /oauth/token} for a new token set. Printable ASCII without whitespace or control characters, so it can never inject a header;
 * {@link #toString()} never shows it.
 */
public record RefreshToken(String value) {
  /** Validates the value; the message names the offending position, never the secret. */
  public RefreshToken {
    Checks.secret(value, "refresh token");
  }

  /** Wraps a secret value. */
  public static RefreshToken of(String value) {
    return new RefreshToken(value);
  }

  /** Redacted: {@code RefreshToken[redacted]}. */
  @Override
  public String toString() {
    return "RefreshToken[redacted]";
  }
}
