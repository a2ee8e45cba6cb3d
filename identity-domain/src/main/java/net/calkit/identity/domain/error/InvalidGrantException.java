package net.calkit.identity.domain.error;

/** 400 {@code invalid_grant} from the token endpoint: the refresh token is unknown or revoked. */
public final class InvalidGrantException extends IdentityException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for a token endpoint response. */
  public InvalidGrantException(int status, String detail, String body) {
    super(ErrorKind.INVALID_GRANT, status, detail, body, null);
  }
}
