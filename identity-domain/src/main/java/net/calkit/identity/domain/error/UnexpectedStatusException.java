package net.calkit.identity.domain.error;

/** A status without a documented meaning, including every redirect (redirects are never followed). */
public final class UnexpectedStatusException extends IdentityException {
  private static final long serialVersionUID = 1L;

  /** Creates the error; {@code detail} may say more, such as "redirect not followed". */
  public UnexpectedStatusException(int status, String detail, String body) {
    super(ErrorKind.UNEXPECTED_STATUS, status, detail, body, null);
  }

  /** 408 Request Timeout is retried; nothing else here is. */
  @Override
  public boolean isTransient() {
    return status().orElse(0) == 408;
  }
}
