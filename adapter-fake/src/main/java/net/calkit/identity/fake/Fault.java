package net.calkit.identity.fake;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import net.calkit.identity.domain.error.RetryAfter;

/**
 * A scripted fault for the next calls of one endpoint ({@link FakeCronofy#injectFault}). Status and
 * transport faults replace the world's answer (the world's state is not touched); a delay postpones the
 * world's normal answer.
 */
public sealed interface Fault permits Fault.Status, Fault.Transport, Fault.Delay {

  /**
   * Answers {@code status} (300..599) with the body the real API sends for it: {@code invalid_grant} for a
   * 400 from the token endpoint, {@code invalid_request} for a 400 elsewhere, a field error for 422, no body
   * otherwise. A 429 carries no {@code Retry-After}.
   */
  static Fault status(int status) {
    return new Status(status, Optional.empty(), Optional.empty());
  }

  /** Answers {@code status} (300..599) with the given body. */
  static Fault status(int status, ErrorBody body) {
    return new Status(status, Optional.of(body), Optional.empty());
  }

  /**
   * Answers {@code status} (300..599) with its usual body and a {@code Retry-After} header when given (a
   * server may send one with 503 too; only a 429 carries it into the domain error).
   */
  static Fault status(int status, Optional<RetryAfter> retryAfter) {
    return new Status(status, Optional.empty(), retryAfter);
  }

  /** Answers 429, with a {@code Retry-After} when given. */
  static Fault rateLimited(Optional<RetryAfter> retryAfter) {
    return new Status(429, Optional.empty(), retryAfter);
  }

  /** Fails below HTTP: the in-process adapter fails with a TransportException, a server drops the connection. */
  static Fault transport() {
    return new Transport("scripted transport fault");
  }

  /** Delivers the world's normal answer after {@code delay} (on the adapter's scheduler; nothing sleeps). */
  static Fault delay(Duration delay) {
    return new Delay(delay);
  }

  /**
   * An error status.
   *
   * @param status the HTTP status, 300..599
   * @param body the body; empty means the body the real API sends for the status and endpoint
   * @param retryAfter the {@code Retry-After} header, if any
   */
  record Status(int status, Optional<ErrorBody> body, Optional<RetryAfter> retryAfter) implements Fault {
    /** Rejects a status outside 300..599 and null components. */
    public Status {
      if (status < 300 || status > 599) {
        throw new IllegalArgumentException("fault status must be 300..599: " + status);
      }
      Objects.requireNonNull(body, "body == null");
      Objects.requireNonNull(retryAfter, "retryAfter == null");
    }
  }

  /**
   * A failure below HTTP.
   *
   * @param detail what to say in the exception message
   */
  record Transport(String detail) implements Fault {
    /** Rejects null. */
    public Transport {
      Objects.requireNonNull(detail, "detail == null");
    }
  }

  /**
   * Latency before the normal answer.
   *
   * @param delay how long, not negative
   */
  record Delay(Duration delay) implements Fault {
    /** Rejects a negative delay. */
    public Delay {
      Objects.requireNonNull(delay, "delay == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative: " + delay);
      }
    }
  }
}
