package net.calkit.identity.domain.error;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The root of every failure this library reports: unchecked, sealed, one subtype per meaning (see
 * {@link #kind()}). Messages carry the HTTP status and a bounded excerpt of the body, never a token or
 * a client secret.
 */
public abstract sealed class IdentityException extends RuntimeException
    permits UnauthorizedException, InvalidGrantException, PaymentRequiredException, InsufficientScopeException,
        NotFoundException, LockedException, InvalidRequestException, RateLimitedException, ServerErrorException,
        UnexpectedStatusException, InvalidResponseException, TransportException, DeadlineExceededException,
        TokenStoreException {

  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;
  private final int status;
  private final String bodyExcerpt;

  IdentityException(ErrorKind kind, int status, String detail, String bodyExcerpt, Throwable cause) {
    super(message(kind, status, detail, bodyExcerpt), cause);
    this.kind = Objects.requireNonNull(kind, "kind == null");
    this.status = status;
    this.bodyExcerpt = BodyExcerpt.of(bodyExcerpt);
  }

  private static String message(ErrorKind kind, int status, String detail, String bodyExcerpt) {
    StringBuilder out = new StringBuilder(kind.label());
    if (status > 0) {
      out.append(" (HTTP ").append(status).append(')');
    }
    if (!detail.isEmpty()) {
      // details may quote server text (headers, JSON); escape it so a message stays one line
      out.append(": ").append(BodyExcerpt.escape(detail, Integer.MAX_VALUE));
    }
    String excerpt = BodyExcerpt.of(bodyExcerpt);
    if (!excerpt.isEmpty()) {
      out.append(" [body: ").append(excerpt).append(']');
    }
    return out.toString();
  }

  /** What went wrong. */
  public ErrorKind kind() {
    return kind;
  }

  /** The HTTP status, when a response was received. */
  public OptionalInt status() {
    return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
  }

  /** At most {@value BodyExcerpt#MAX_LENGTH} characters of the response body, control characters escaped. */
  public Optional<String> bodyExcerpt() {
    return bodyExcerpt.isEmpty() ? Optional.empty() : Optional.of(bodyExcerpt);
  }

  /** Whether the retry policy may retry the failed attempt. */
  public boolean isTransient() {
    return false;
  }
}
