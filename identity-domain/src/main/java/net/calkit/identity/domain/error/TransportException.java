package net.calkit.identity.domain.error;

/**
 * The exchange failed below HTTP: connection refused or reset, a truncated body, a TLS failure, or the
 * client refused to queue the request because its wait queue was full. Retried with backoff.
 */
public final class TransportException extends IdentityException {
  private static final long serialVersionUID = 1L;

  /** Creates the error; {@code detail} describes the fault without secrets. */
  public TransportException(String detail, Throwable cause) {
    super(ErrorKind.TRANSPORT_FAILURE, 0, detail, "", cause);
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
