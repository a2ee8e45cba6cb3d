package net.calkit.identity.domain.error;

/** 401: the access token is not recognized; refresh it and retry once. */
public final class UnauthorizedException extends IdentityException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for a response with {@code status} and an (excerpted) body. */
  public UnauthorizedException(int status, String detail, String body) {
    super(ErrorKind.UNAUTHORIZED, status, detail, body, null);
  }
}
