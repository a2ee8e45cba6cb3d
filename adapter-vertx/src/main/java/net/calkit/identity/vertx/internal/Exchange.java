package net.calkit.identity.vertx.internal;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.RequestOptions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InvalidResponseException;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP attempt: acquires a pooled connection, sends the request, streams the body up to a limit,
 * and completes {@link #result()} exactly once, on {@code context}'s thread unless the caller cancels.
 *
 * <p>The mutable fields are touched on {@code context}'s thread (volatile all the same: a caller on a
 * worker thread of that context starts the attempt from the worker). Whatever completes
 * the result first (response, failure, deadline, cancellation) wins; the loser finds it done and, if
 * the body was not read to its end, the request is reset (for HTTP/1.1 the connection is closed), so
 * nothing is left reading or holding a pooled connection.
 *
 * <p>One timer at a time: while the request waits for a pooled connection, the pool acquire timeout (when
 * shorter than the attempt's); then the attempt's deadline, counted from the start. Vert.x's own timer for
 * the pool wait is not used (see {@link Requests}).
 *
 * @param <T> the decoded value
 */
public final class Exchange<T> {
  private final Vertx vertx;
  private final HttpClient client;
  private final Context context;
  private final RequestOptions requestOptions;
  private final @Nullable Buffer body;
  private final Limits limits;
  private final Decoder<T> decoder;
  private final ErrorMapper errors;
  private final CompletableFuture<T> result = new CompletableFuture<>();

  private volatile long timerId = -1;
  private volatile long startedNanos;
  private volatile @Nullable HttpClientRequest request;
  private volatile boolean ended;

  /**
   * Prepares the attempt; {@link #start()} runs it.
   *
   * @param context the context whose thread runs the attempt and completes it
   * @param body the request body, or null for none
   */
  public Exchange(Vertx vertx, HttpClient client, Context context, RequestOptions requestOptions,
      @Nullable Buffer body, Limits limits, Decoder<T> decoder, ErrorMapper errors) {
    this.vertx = vertx;
    this.client = client;
    this.context = context;
    this.requestOptions = requestOptions;
    this.body = body;
    this.limits = limits;
    this.decoder = decoder;
    this.errors = errors;
  }

  /** Starts the attempt (on {@code context}) and returns its result. */
  public CompletableFuture<T> start() {
    result.whenComplete((value, failure) -> onContext(this::release));
    onContext(this::begin);
    return result;
  }

  /** The outcome; cancelling it abandons the attempt. */
  public CompletableFuture<T> result() {
    return result;
  }

  private void onContext(Runnable action) {
    if (Vertx.currentContext() == context) {
      action.run();
    } else {
      context.runOnContext(ignored -> action.run());
    }
  }

  private void begin() {
    if (result.isDone()) {
      return;
    }
    startedNanos = System.nanoTime();
    long acquireMillis = limits.failureSettings().poolAcquireTimeoutMillis();
    if (acquireMillis < limits.attemptTimeout().toMillis()) {
      timerId = vertx.setTimer(acquireMillis, id -> {
        // a timer cancelled from this thread may still run once if it was already due: then it is not ours
        if (timerId != id) {
          return;
        }
        timerId = -1;
        if (request == null) {
          fail(Failures.transport(new TimeoutException("pool acquire"), "before the request was sent",
              limits.failureSettings()));
        }
      });
    } else {
      armAttemptTimer(limits.attemptTimeout().toMillis());
    }
    Future<HttpClientRequest> acquired;
    try {
      acquired = client.request(requestOptions);
    } catch (RuntimeException refused) {
      fail(Failures.transport(refused, "before the request was sent", limits.failureSettings()));
      return;
    }
    acquired.onComplete(this::onRequest);
  }

  private void onRequest(AsyncResult<HttpClientRequest> acquired) {
    if (acquired.failed()) {
      fail(Failures.transport(acquired.cause(), "before the request was sent", limits.failureSettings()));
      return;
    }
    HttpClientRequest req = acquired.result();
    request = req;
    if (!result.isDone() && limits.failureSettings().poolAcquireTimeoutMillis()
        < limits.attemptTimeout().toMillis()) {
      // the wait for a connection is over: the attempt's deadline takes over the timer, counted from the start
      cancelTimer();
      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
      armAttemptTimer(Math.max(1, limits.attemptTimeout().toMillis() - elapsedMillis));
    }
    if (result.isDone()) {
      // the reset reports itself to the request's exception handler; without one Vert.x logs it as SEVERE
      req.exceptionHandler(ignored -> { });
      req.reset();
      return;
    }
    req.setFollowRedirects(false);
    req.exceptionHandler(failure ->
        fail(Failures.transport(failure, "before the response", limits.failureSettings())));
    Future<HttpClientResponse> sent = body == null ? req.send() : req.send(body);
    sent.onComplete(response -> {
      if (response.failed()) {
        fail(Failures.transport(response.cause(), "before the response", limits.failureSettings()));
      } else {
        onResponse(response.result());
      }
    });
  }

  private void onResponse(HttpClientResponse response) {
    response.exceptionHandler(failure ->
        fail(Failures.transport(failure, "while reading the body", limits.failureSettings())));
    if (result.isDone()) {
      return;
    }
    int status = response.statusCode();
    boolean success = status >= 200 && status < 300;
    int max = limits.maxBodyBytes();
    long announced = contentLength(response.getHeader(HttpHeaders.CONTENT_LENGTH));
    if (announced > max) {
      // refused before reading a byte; release() resets the request
      if (success) {
        fail(new InvalidResponseException(status,
            "body of " + announced + " bytes exceeds the limit of " + max + " bytes", ""));
      } else {
        finish(response, status, new byte[0]);
      }
      return;
    }
    Buffer received = Buffer.buffer();
    response.handler(chunk -> {
      if (result.isDone()) {
        return;
      }
      if (received.length() + chunk.length() <= max) {
        received.appendBuffer(chunk);
      } else if (success) {
        fail(new InvalidResponseException(status, "body exceeds the limit of " + max + " bytes", ""));
      } else {
        // an error keeps its meaning: map it with the first max bytes of the body
        received.appendBuffer(chunk, 0, max - received.length());
        finish(response, status, received.getBytes());
      }
    });
    response.endHandler(ignored -> {
      ended = true;
      finish(response, status, received.getBytes());
    });
  }

  private void finish(HttpClientResponse response, int status, byte[] bytes) {
    if (result.isDone()) {
      return;
    }
    if (status >= 200 && status < 300) {
      T value;
      try {
        value = decoder.decode(status, bytes);
      } catch (IdentityException invalid) {
        fail(invalid);
        return;
      } catch (RuntimeException unexpected) {
        // the codec promises InvalidResponseException; anything else is reported without its message,
        // which might quote the body
        fail(new InvalidResponseException(status,
            "could not decode the body (" + unexpected.getClass().getSimpleName() + ")", ""));
        return;
      }
      result.complete(value);
    } else {
      IdentityException error;
      try {
        error = errors.error(status, Optional.ofNullable(response.getHeader(HttpHeaders.RETRY_AFTER)), bytes);
      } catch (RuntimeException unexpected) {
        error = new InvalidResponseException(status,
            "could not map the error body (" + unexpected.getClass().getSimpleName() + ")", "");
      }
      fail(error);
    }
  }

  private void armAttemptTimer(long millis) {
    Duration timeout = limits.attemptTimeout();
    timerId = vertx.setTimer(millis, id -> {
      if (timerId != id) {
        return;
      }
      timerId = -1;
      fail(new DeadlineExceededException(DeadlineExceededException.Scope.ATTEMPT, timeout));
    });
  }

  private void cancelTimer() {
    if (timerId != -1) {
      vertx.cancelTimer(timerId);
      timerId = -1;
    }
  }

  private void fail(IdentityException failure) {
    result.completeExceptionally(failure);
  }

  private void release() {
    cancelTimer();
    HttpClientRequest req = request;
    if (req != null && !ended) {
      req.reset();
    }
  }

  private static long contentLength(@Nullable String header) {
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException malformed) {
      return -1;
    }
  }

  /**
   * Turns a 2xx body into the call's value.
   *
   * @param <T> the value
   */
  @FunctionalInterface
  public interface Decoder<T> {
    /** Decodes {@code body}; fails with {@link InvalidResponseException}. */
    T decode(int status, byte[] body);
  }

  /** Turns a non-2xx response into its domain error. */
  @FunctionalInterface
  public interface ErrorMapper {
    /** The error for {@code status}, given the {@code Retry-After} header and the (bounded) body. */
    IdentityException error(int status, Optional<String> retryAfter, byte[] body);
  }

  /**
   * The bounds of an attempt.
   *
   * @param attemptTimeout the attempt's deadline
   * @param maxBodyBytes the largest body read
   * @param failureSettings what failure messages quote
   */
  public record Limits(Duration attemptTimeout, int maxBodyBytes, Failures.Settings failureSettings) {}
}
