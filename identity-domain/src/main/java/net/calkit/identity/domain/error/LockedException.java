package net.calkit.identity.domain.error;

/** 423: the account is locked. */
public final class LockedException extends IdentityException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for a response with {@code status} and an (excerpted) body. */
  public LockedException(int status, String detail, String body) {
    super(ErrorKind.LOCKED, status, detail, body, null);
  }
}
