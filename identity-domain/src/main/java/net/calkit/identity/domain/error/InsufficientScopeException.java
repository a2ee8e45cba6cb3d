package net.calkit.identity.domain.error;

/** 403: the token lacks the scope; a new authorization is needed. */
public final class InsufficientScopeException extends IdentityException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for a response with {@code status} and an (excerpted) body. */
  public InsufficientScopeException(int status, String detail, String body) {
    super(ErrorKind.INSUFFICIENT_SCOPE, status, detail, body, null);
  }
}
