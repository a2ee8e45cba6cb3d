package net.calkit.identity.json;

import java.util.Objects;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;

/**
 * A decoded refresh request, as a stub server sees it.
 *
 * @param grantType {@code grant_type}
 * @param client {@code client_id} and {@code client_secret}
 * @param refreshToken {@code refresh_token}
 */
public record RefreshRequest(String grantType, ClientCredentials client, RefreshToken refreshToken) {
  /** Rejects null components. */
  public RefreshRequest {
    Objects.requireNonNull(grantType, "grantType == null");
    Objects.requireNonNull(client, "client == null");
    Objects.requireNonNull(refreshToken, "refreshToken == null");
  }

  @Override
  public String toString() {
    return "RefreshRequest[grantType=" + grantType + ", client=" + client + ", refreshToken=redacted]";
  }
}
