package net.calkit.identity.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A service account's details (userinfo's {@code cronofy.data.service_account}).
 *
 * @param provider {@code provider_name}
 * @param domain {@code domain}
 */
public record ServiceAccount(Optional<CalendarProvider> provider, Optional<String> domain) {
  /** Rejects null components. */
  public ServiceAccount {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(domain, "domain == null");
  }
}
