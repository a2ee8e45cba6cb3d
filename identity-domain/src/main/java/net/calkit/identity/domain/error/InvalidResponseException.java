package net.calkit.identity.domain.error;

/**
 * A successful status whose body is not what the API documents: malformed or non-JSON, the wrong
 * shape, over a size, depth or length limit, or missing a required attribute. The message says what
 * was wrong and where (a JSON path such as {@code $.profiles[1].profile_id}).
 */
public final class InvalidResponseException extends IdentityException {
  private static final long serialVersionUID = 1L;

  /** Creates the error; {@code reason} names what was wrong and where. */
  public InvalidResponseException(int status, String reason, String body) {
    super(ErrorKind.INVALID_RESPONSE, status, reason, body, null);
  }

  /** Creates the error with an underlying cause (which must not carry secrets in its message). */
  public InvalidResponseException(int status, String reason, String body, Throwable cause) {
    super(ErrorKind.INVALID_RESPONSE, status, reason, body, cause);
  }
}
