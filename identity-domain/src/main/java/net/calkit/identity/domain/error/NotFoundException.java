package net.calkit.identity.domain.error;

/** 404: the resource does not exist. */
public final class NotFoundException extends IdentityException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for a response with {@code status} and an (excerpted) body. */
  public NotFoundException(int status, String detail, String body) {
    super(ErrorKind.NOT_FOUND, status, detail, body, null);
  }
}
