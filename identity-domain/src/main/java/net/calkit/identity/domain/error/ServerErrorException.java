package net.calkit.identity.domain.error;

/** 5xx: the server failed; 500, 502, 503 and 504 are retried with backoff. */
public final class ServerErrorException extends IdentityException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for a 5xx response. */
  public ServerErrorException(int status, String body) {
    super(ErrorKind.SERVER_ERROR, status, "", body, null);
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("server error status must be 5xx: " + status);
    }
  }

  @Override
  public boolean isTransient() {
    int status = status().orElse(0);
    return status == 500 || status == 502 || status == 503 || status == 504;
  }
}
