package net.calkit.identity.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What a token is authorized for (userinfo's {@code cronofy.data.authorization}).
 *
 * @param scope {@code scope}
 * @param status {@code status}, such as {@code active}
 * @param delegatedScope {@code delegated_scope}, service accounts only
 */
public record Authorization(Optional<Scope> scope, Optional<AuthorizationStatus> status, Optional<Scope> delegatedScope) {
  /** Rejects null components. */
  public Authorization {
    Objects.requireNonNull(scope, "scope == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(delegatedScope, "delegatedScope == null");
  }

  /** An authorization with a scope only. */
  public static Authorization of(Scope scope) {
    return new Authorization(Optional.of(scope), Optional.empty(), Optional.empty());
  }
}
