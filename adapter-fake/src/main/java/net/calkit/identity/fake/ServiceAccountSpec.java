package net.calkit.identity.fake;

import java.util.Objects;
import java.util.Optional;
import net.calkit.identity.domain.AuthorizationStatus;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.ServiceAccount;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.UserInfoType;
import org.jspecify.annotations.Nullable;

/**
 * Seeds a service account ({@code cronofy.type = service_account}): no name, time zone or profiles; tokens
 * live 1800 s. Defaults: a generated {@code ser_} ID, no email, provider or domain, scope
 * {@code read_write}, status {@code active}, no delegated scope.
 */
public final class ServiceAccountSpec {
  private @Nullable SubjectId id;
  private @Nullable String email;
  private @Nullable CalendarProvider provider;
  private @Nullable String domain;
  private Scope scope = FakeCronofy.DEFAULT_SCOPE;
  private @Nullable Scope delegatedScope;
  private @Nullable AuthorizationStatus status = AuthorizationStatus.ACTIVE;

  ServiceAccountSpec() {}

  /** {@code sub}; throws {@link IllegalArgumentException} for an invalid ID. */
  public ServiceAccountSpec id(String value) {
    this.id = SubjectId.of(value);
    return this;
  }

  /** {@code email} (may be a username). */
  public ServiceAccountSpec email(String value) {
    this.email = Objects.requireNonNull(value, "email == null");
    return this;
  }

  /** {@code service_account.provider_name}; any value, known or not. */
  public ServiceAccountSpec provider(CalendarProvider value) {
    this.provider = Objects.requireNonNull(value, "provider == null");
    return this;
  }

  /** {@code service_account.domain}. */
  public ServiceAccountSpec domain(String value) {
    this.domain = Objects.requireNonNull(value, "domain == null");
    return this;
  }

  /** The granted scope, space-separated as on the wire. */
  public ServiceAccountSpec scope(String wire) {
    this.scope = Scope.parse(wire);
    return this;
  }

  /** {@code authorization.delegated_scope}, space-separated as on the wire. */
  public ServiceAccountSpec delegatedScope(String wire) {
    this.delegatedScope = Scope.parse(wire);
    return this;
  }

  /** {@code authorization.status}; any value, known or not. */
  public ServiceAccountSpec authorizationStatus(AuthorizationStatus value) {
    this.status = Objects.requireNonNull(value, "status == null");
    return this;
  }

  AccountState.Draft toDraft(Ids ids) {
    AccountState.Draft draft = new AccountState.Draft(UserInfoType.SERVICE_ACCOUNT,
        id != null ? id : ids.subject("ser_"), scope, FakeCronofy.SERVICE_ACCOUNT_TOKEN_LIFETIME);
    draft.email = Optional.ofNullable(email);
    draft.status = Optional.ofNullable(status);
    draft.delegatedScope = Optional.ofNullable(delegatedScope);
    draft.serviceAccount = Optional.of(new ServiceAccount(Optional.ofNullable(provider), Optional.ofNullable(domain)));
    return draft;
  }
}
