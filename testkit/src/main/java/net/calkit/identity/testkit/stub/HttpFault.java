package net.calkit.identity.testkit.stub;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP-level fault the stub server plays instead of (or on top of) the world's answer, scripted per
 * path with {@link CronofyStubServer#fault(String, HttpFault)}. Domain-level faults (401, 429 and so on
 * as the API would send them) can also be scripted in the fake world itself; these are the faults only
 * a wire can have.
 */
public sealed interface HttpFault
    permits HttpFault.Status, HttpFault.Delay, HttpFault.Reset, HttpFault.TruncatedBody, HttpFault.OversizedBody,
        HttpFault.Body, HttpFault.Redirect {

  /** Answers {@code status} with no body. */
  static HttpFault status(int status) {
    return new Status(status, Map.of(), new byte[0]);
  }

  /** Answers {@code status} with the given headers and UTF-8 body. */
  static HttpFault status(int status, Map<String, String> headers, String body) {
    return new Status(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Answers 429 with {@code Retry-After: retryAfter}. */
  static HttpFault tooManyRequests(String retryAfter) {
    return new Status(429, Map.of("Retry-After", retryAfter), new byte[0]);
  }

  /** Serves the normal answer after {@code delay}, on a Vert.x timer (the server keeps serving meanwhile). */
  static HttpFault delay(Duration delay) {
    return new Delay(delay);
  }

  /** Closes the connection without answering, as a reset or crashed server would. */
  static HttpFault reset() {
    return new Reset();
  }

  /** Announces the normal answer's full length, sends half of it, then closes the connection. */
  static HttpFault truncatedBody() {
    return new TruncatedBody();
  }

  /** Answers 200 with a body of {@code bytes} bytes, announced by {@code Content-Length}. */
  static HttpFault oversizedBody(long bytes) {
    return new OversizedBody(bytes, true);
  }

  /** Answers 200 with a chunked body of {@code bytes} bytes and no {@code Content-Length}. */
  static HttpFault oversizedChunkedBody(long bytes) {
    return new OversizedBody(bytes, false);
  }

  /** Answers 200 with an HTML page instead of JSON. */
  static HttpFault nonJsonBody() {
    return new Body(200, "text/html; charset=utf-8",
        "<html><body><h1>Service temporarily unavailable</h1></body></html>".getBytes(StandardCharsets.UTF_8));
  }

  /** Answers {@code status} with the given content type and body bytes. */
  static HttpFault body(int status, String contentType, byte[] body) {
    return new Body(status, contentType, body);
  }

  /**
   * Answers 302 with a {@code Location} on this server's redirect target, which would serve the normal
   * answer: a client that follows it is seen in {@link RecordedRequest#isRedirectTarget()}.
   */
  static HttpFault redirect() {
    return new Redirect(302);
  }

  /**
   * A fixed status.
   *
   * @param status the HTTP status
   * @param headers extra response headers
   * @param body the body bytes
   */
  record Status(int status, Map<String, String> headers, byte[] body) implements HttpFault {
    /** Validates and copies. */
    public Status {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("status must be 100..599: " + status);
      }
      headers = Map.copyOf(headers);
      body = body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }
  }

  /**
   * A delayed normal answer.
   *
   * @param delay how long to wait before answering
   */
  record Delay(Duration delay) implements HttpFault {
    /** Rejects a negative delay. */
    public Delay {
      Objects.requireNonNull(delay, "delay == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative: " + delay);
      }
    }
  }

  /** A reset connection. */
  record Reset() implements HttpFault {}

  /** A truncated normal answer. */
  record TruncatedBody() implements HttpFault {}

  /**
   * An oversized 200 body of filler JSON.
   *
   * @param bytes the body size
   * @param announced whether {@code Content-Length} is sent (otherwise the body is chunked)
   */
  record OversizedBody(long bytes, boolean announced) implements HttpFault {
    /** Rejects a size that is not positive. */
    public OversizedBody {
      if (bytes < 64) {
        throw new IllegalArgumentException("bytes must be at least 64: " + bytes);
      }
    }
  }

  /**
   * A fixed body.
   *
   * @param status the HTTP status
   * @param contentType the content type
   * @param body the body bytes
   */
  record Body(int status, String contentType, byte[] body) implements HttpFault {
    /** Validates and copies. */
    public Body {
      Objects.requireNonNull(contentType, "contentType == null");
      body = body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }
  }

  /**
   * A redirect to this server's redirect target.
   *
   * @param status the 3xx status
   */
  record Redirect(int status) implements HttpFault {
    /** Rejects a non-3xx status. */
    public Redirect {
      if (status < 300 || status > 399) {
        throw new IllegalArgumentException("redirect status must be 3xx: " + status);
      }
    }
  }
}
