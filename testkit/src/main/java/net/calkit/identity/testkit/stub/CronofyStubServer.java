package net.calkit.identity.testkit.stub;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import net.calkit.identity.fake.FakeCronofy;

/**
 * A Cronofy-compatible HTTP server on {@code 127.0.0.1}, port 0, that serves a {@link FakeCronofy} world
 * over the real wire format (through {@link FakeCronofy#handle}, the world's transport-neutral seam), plays scripted {@link HttpFault}s per path, and records every
 * request.
 *
 * <p>Routes: {@code GET /v1/userinfo}, {@code GET /v1/account}, {@code GET /v1/profiles},
 * {@code POST /v1/profiles/{id}/revoke} (202, empty) and {@code POST /oauth/token} (JSON or form body).
 * The world's answers go on the wire as the API sends them: 401, 402, 403, 404, 422 with field errors,
 * 423, 429 with {@code Retry-After}, 5xx, {@code 400 {"error":"invalid_grant"}}; a scripted transport
 * fault drops the connection and a scripted delay runs on a Vert.x timer. A missing or malformed bearer
 * token answers 401 without asking the world; a malformed refresh body 400 {@code invalid_request}.
 *
 * <p>The blocking methods ({@link #start}, {@link #close}) must not be called on a Vert.x event loop.
 */
public final class CronofyStubServer implements AutoCloseable {
  /** The path prefix of the redirect target that {@link HttpFault#redirect()} points to. */
  public static final String REDIRECT_TARGET_PREFIX = "/__redirect_target";

  private static final long START_STOP_TIMEOUT_SECONDS = 30;

  private final Vertx vertx;
  private final boolean ownsVertx;
  private final HttpServer server;
  private final StubHandler handler;
  private final URI baseUri;

  private CronofyStubServer(Vertx vertx, boolean ownsVertx, HttpServer server, StubHandler handler) {
    this.vertx = vertx;
    this.ownsVertx = ownsVertx;
    this.server = server;
    this.handler = handler;
    this.baseUri = URI.create("http://127.0.0.1:" + server.actualPort());
  }

  /** Starts a server for {@code world} on its own Vert.x instance, closed by {@link #close()}. */
  public static CronofyStubServer start(FakeCronofy world) {
    Objects.requireNonNull(world, "world == null");
    Vertx vertx = Vertx.vertx();
    try {
      return start(vertx, true, world);
    } catch (RuntimeException failed) {
      vertx.close();
      throw failed;
    }
  }

  /** Starts a server for {@code world} on the caller's Vert.x instance, which {@link #close()} leaves open. */
  public static CronofyStubServer start(Vertx vertx, FakeCronofy world) {
    return start(Objects.requireNonNull(vertx, "vertx == null"), false,
        Objects.requireNonNull(world, "world == null"));
  }

  private static CronofyStubServer start(Vertx vertx, boolean ownsVertx, FakeCronofy world) {
    StubHandler handler = new StubHandler(vertx, world);
    HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
        .requestHandler(handler);
    HttpServer listening = await(server.listen().toCompletionStage().toCompletableFuture(), "start");
    CronofyStubServer stub = new CronofyStubServer(vertx, ownsVertx, listening, handler);
    handler.baseUri(stub.baseUri);
    return stub;
  }

  private static <T> T await(java.util.concurrent.CompletableFuture<T> future, String what) {
    try {
      return future.get(START_STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the stub server to " + what, interrupted);
    } catch (ExecutionException failed) {
      throw new IllegalStateException("the stub server failed to " + what + ": " + failed.getCause(), failed.getCause());
    } catch (TimeoutException timedOut) {
      throw new IllegalStateException(
          "the stub server did not " + what + " within " + START_STOP_TIMEOUT_SECONDS + " s", timedOut);
    }
  }

  /** The base URI, such as {@code http://127.0.0.1:54321}, to give an adapter as its endpoint override. */
  public URI baseUri() {
    return baseUri;
  }

  /** The port the server listens on. */
  public int port() {
    return server.actualPort();
  }

  /** Every request received so far, in arrival order. */
  public List<RecordedRequest> requests() {
    return handler.requests();
  }

  /** The requests received so far that match {@code filter}, in arrival order. */
  public List<RecordedRequest> requests(Predicate<RecordedRequest> filter) {
    return handler.requests().stream().filter(filter).toList();
  }

  /** Forgets the requests recorded so far. */
  public void clearRequests() {
    handler.clearRequests();
  }

  /** Plays {@code fault} for every request to {@code path} (such as {@code /v1/userinfo}) until cleared. */
  public CronofyStubServer fault(String path, HttpFault fault) {
    handler.fault(path, fault, Integer.MAX_VALUE);
    return this;
  }

  /** Plays {@code fault} for the next {@code times} requests to {@code path}, then serves normally again. */
  public CronofyStubServer fault(String path, HttpFault fault, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be positive: " + times);
    }
    handler.fault(path, fault, times);
    return this;
  }

  /** A stage that completes with the first request to {@code path}, already received or still to come. */
  public java.util.concurrent.CompletionStage<RecordedRequest> received(String path) {
    return handler.received(path).copy();
  }

  /**
   * A stage that completes when a client abandons a request to {@code path}: it closes the connection
   * (or resets the stream) before the answer was sent, as an adapter does when its caller cancels.
   */
  public java.util.concurrent.CompletionStage<Void> abandoned(String path) {
    return handler.abandoned(path).copy();
  }

  /** Removes every scripted fault. */
  public void clearFaults() {
    handler.clearFaults();
  }

  /**
   * Cancels pending scripted delays (none fires afterwards), stops the server and, if it created its own,
   * the Vert.x instance; that one is closed even when stopping the server fails.
   */
  @Override
  public void close() {
    handler.close();
    RuntimeException failure = null;
    try {
      await(server.close().toCompletionStage().toCompletableFuture(), "stop");
    } catch (RuntimeException stopFailed) {
      failure = stopFailed;
    } finally {
      if (ownsVertx) {
        try {
          // vertx.close() starts closing at once: an interrupted or timed-out wait still leaves it closing
          await(vertx.close().toCompletionStage().toCompletableFuture(), "close its Vert.x instance");
        } catch (RuntimeException closeFailed) {
          if (failure == null) {
            failure = closeFailed;
          } else {
            failure.addSuppressed(closeFailed);
          }
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** The Vert.x instance the server runs on (for tests of this package). */
  Vertx vertx() {
    return vertx;
  }

  /** The ids of the scripted-delay timers still pending (for tests of this package). */
  java.util.Set<Long> pendingTimers() {
    return handler.pendingTimers();
  }

  @Override
  public String toString() {
    return "CronofyStubServer[" + baseUri + "]";
  }
}
