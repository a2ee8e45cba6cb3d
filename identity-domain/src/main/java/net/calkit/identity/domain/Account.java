package net.calkit.identity.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * An account ({@code GET /v1/account}). Only the ID is certain: older bodies lack the rest.
 *
 * @param id {@code account.account_id}
 * @param email {@code account.email}; may be a username for service accounts
 * @param name {@code account.name} (null on the wire becomes empty; blank is kept)
 * @param scope {@code account.scope}
 * @param defaultTimeZone {@code account.default_tzid}
 * @param sub top-level {@code sub}
 */
public record Account(
    AccountId id,
    Optional<String> email,
    Optional<String> name,
    Optional<Scope> scope,
    Optional<TimeZoneName> defaultTimeZone,
    Optional<SubjectId> sub) {

  /** Rejects null components. */
  public Account {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(email, "email == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(scope, "scope == null");
    Objects.requireNonNull(defaultTimeZone, "defaultTimeZone == null");
    Objects.requireNonNull(sub, "sub == null");
  }

  /** An account with only an ID. */
  public static Account of(AccountId id) {
    return new Account(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
