package net.calkit.identity.domain.credentials;

import java.util.Objects;

/**
 * An application's client ID and secret, needed to refresh tokens.
 *
 * @param clientId the client ID
 * @param clientSecret the client secret (redacted by {@link #toString()})
 */
public record ClientCredentials(ClientId clientId, ClientSecret clientSecret) {
  /** Rejects null components. */
  public ClientCredentials {
    Objects.requireNonNull(clientId, "clientId == null");
    Objects.requireNonNull(clientSecret, "clientSecret == null");
  }

  /** Validates and wraps both values. */
  public static ClientCredentials of(String clientId, String clientSecret) {
    return new ClientCredentials(ClientId.of(clientId), ClientSecret.of(clientSecret));
  }

  @Override
  public String toString() {
    return "ClientCredentials[clientId=" + clientId.value() + ", clientSecret=redacted]";
  }
}
