package net.calkit.identity.fake;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.calkit.identity.domain.error.FieldError;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InsufficientScopeException;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.InvalidRequestException;
import net.calkit.identity.domain.error.LockedException;
import net.calkit.identity.domain.error.NotFoundException;
import net.calkit.identity.domain.error.PaymentRequiredException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.RetryAfter;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.domain.error.UnauthorizedException;
import net.calkit.identity.domain.error.UnexpectedStatusException;

/**
 * The world's answer to a {@link FakeRequest}, transport-neutral: the in-process adapter turns it into a
 * completed stage or a typed exception, an HTTP stub server into a status, headers and a body.
 *
 * @param <T> the value of a successful answer
 */
public sealed interface FakeResponse<T>
    permits FakeResponse.Ok, FakeResponse.Failure, FakeResponse.TransportFailure, FakeResponse.Delayed {

  /**
   * A success: 200 with {@code value}, or 202 (revoke) with the revoked profile's ID and no body on the wire.
   *
   * @param status 200 or 202
   * @param value the decoded body
   * @param <T> the value type
   */
  record Ok<T>(int status, T value) implements FakeResponse<T> {
    /** Rejects a non-2xx status and a null value. */
    public Ok {
      if (status < 200 || status > 299) {
        throw new IllegalArgumentException("success status must be 2xx: " + status);
      }
      Objects.requireNonNull(value, "value == null");
    }
  }

  /**
   * An error answer.
   *
   * @param status the HTTP status, 300..599
   * @param body the body, in the shape the real API sends for the status
   * @param retryAfter the {@code Retry-After} header, if any
   * @param reason why the world answered so (for messages; never on the wire, never a secret)
   * @param <T> the value type of the request
   */
  record Failure<T>(int status, ErrorBody body, Optional<RetryAfter> retryAfter, String reason)
      implements FakeResponse<T> {
    /** Rejects a status outside 300..599 and null components. */
    public Failure {
      if (status < 300 || status > 599) {
        throw new IllegalArgumentException("failure status must be 300..599: " + status);
      }
      Objects.requireNonNull(body, "body == null");
      Objects.requireNonNull(retryAfter, "retryAfter == null");
      Objects.requireNonNull(reason, "reason == null");
    }

    /** The exception an adapter reports for this answer; see {@link FakeResponse#exceptionFor}. */
    public IdentityException toException() {
      return exceptionFor(status, body, retryAfter, reason);
    }
  }

  /**
   * A failure below HTTP: the in-process adapter fails with {@link TransportException}; a server drops
   * the connection without answering.
   *
   * @param detail what went wrong, for the message
   * @param <T> the value type of the request
   */
  record TransportFailure<T>(String detail) implements FakeResponse<T> {
    /** Rejects null. */
    public TransportFailure {
      Objects.requireNonNull(detail, "detail == null");
    }

    /** The exception the in-process adapter reports. */
    public TransportException toException() {
      return new TransportException(detail, null);
    }
  }

  /**
   * The answer {@code then}, to be delivered after {@code delay}. The world decided it when the request
   * arrived; the delay only postpones delivery (and a cancelled caller never sees it).
   *
   * @param delay how long to wait, not negative
   * @param then the answer to deliver
   * @param <T> the value type
   */
  record Delayed<T>(Duration delay, FakeResponse<T> then) implements FakeResponse<T> {
    /** Rejects a negative delay and null components. */
    public Delayed {
      Objects.requireNonNull(delay, "delay == null");
      Objects.requireNonNull(then, "then == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative: " + delay);
      }
    }
  }

  /**
   * The domain error the real API's answer means, as every adapter must map it: 400 {@code invalid_grant}
   * -> {@link InvalidGrantException}, other 400 and 422 -> {@link InvalidRequestException}, 401, 402, 403,
   * 404, 423, 429 (with {@code Retry-After}), 5xx -> their types, anything else ->
   * {@link UnexpectedStatusException}.
   *
   * @param status the HTTP status
   * @param body the body
   * @param retryAfter the parsed {@code Retry-After}, if any (used for 429)
   * @param detail a message detail without secrets, may be empty
   */
  static IdentityException exceptionFor(int status, ErrorBody body, Optional<RetryAfter> retryAfter, String detail) {
    String json = body.json();
    switch (status) {
      case 400:
        String code = body instanceof ErrorBody.OAuthError ? ((ErrorBody.OAuthError) body).error() : "";
        if (code.equals("invalid_grant")) {
          return new InvalidGrantException(status, detail, json);
        }
        return new InvalidRequestException(status, code, fieldErrors(body), json);
      case 401:
        return new UnauthorizedException(status, detail, json);
      case 402:
        return new PaymentRequiredException(status, detail, json);
      case 403:
        return new InsufficientScopeException(status, detail, json);
      case 404:
        return new NotFoundException(status, detail, json);
      case 422:
        return new InvalidRequestException(status, "", fieldErrors(body), json);
      case 423:
        return new LockedException(status, detail, json);
      case 429:
        return new RateLimitedException(retryAfter, json);
      default:
        if (status >= 500 && status <= 599) {
          return new ServerErrorException(status, json);
        }
        return new UnexpectedStatusException(status, detail, json);
    }
  }

  private static List<FieldError> fieldErrors(ErrorBody body) {
    return body instanceof ErrorBody.FieldErrors ? ((ErrorBody.FieldErrors) body).errors() : List.of();
  }
}
