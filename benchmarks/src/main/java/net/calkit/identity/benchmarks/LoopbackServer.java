package net.calkit.identity.benchmarks;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Vert.x HTTP server on 127.0.0.1 (port chosen by the OS) that answers every {@code GET} with one fixed
 * JSON body, optionally after a delay (a Vert.x timer: the event loop never blocks). It does no work
 * per request beyond writing the bytes, so a round trip measures the client.
 */
final class LoopbackServer implements AutoCloseable {
  private final Vertx vertx;
  private final HttpServer server;
  private final Buffer body;
  private final long delayMillis;

  private LoopbackServer(Vertx vertx, byte[] body, Duration delay) throws TimeoutException {
    this.vertx = vertx;
    this.body = Buffer.buffer(body);
    this.delayMillis = delay.toMillis();
    this.server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
        .requestHandler(this::handle)
        .listen()
        .await(10, TimeUnit.SECONDS);
  }

  /** Starts a server answering at once with {@code body}, on its own Vert.x instance. */
  static LoopbackServer start(byte[] body) throws TimeoutException {
    return start(body, Duration.ZERO);
  }

  /** Starts a server answering with {@code body} after {@code delay}, on its own Vert.x instance. */
  static LoopbackServer start(byte[] body, Duration delay) throws TimeoutException {
    return new LoopbackServer(Vertx.vertx(), body, delay);
  }

  /** The port the OS chose. */
  int port() {
    return server.actualPort();
  }

  /** {@code http://127.0.0.1:port}. */
  String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  private void handle(HttpServerRequest request) {
    if (delayMillis <= 0) {
      respond(request);
    } else {
      vertx.setTimer(delayMillis, id -> respond(request));
    }
  }

  private void respond(HttpServerRequest request) {
    request.response().putHeader("content-type", "application/json; charset=utf-8").end(body);
  }

  @Override
  public void close() throws TimeoutException {
    vertx.close().await(10, TimeUnit.SECONDS);
  }
}
