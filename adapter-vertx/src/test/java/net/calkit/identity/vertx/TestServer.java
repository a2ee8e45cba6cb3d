package net.calkit.identity.vertx;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import net.calkit.identity.domain.ApiEndpoint;

/**
 * A scriptable HTTP server on 127.0.0.1, port 0: records every request (method, URI, headers, body, and
 * whether its connection was closed) and answers with the next enqueued {@link Responder}, or the
 * default one. Script, run, verify.
 */
final class TestServer implements AutoCloseable {
  private final HttpServer server;
  private final BlockingQueue<Recorded> requests = new LinkedBlockingQueue<>();
  private final AtomicInteger requestCount = new AtomicInteger();
  private final Queue<Responder> script = new ConcurrentLinkedQueue<>();
  private volatile Responder fallback = json(200, "{}");

  private TestServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on {@code vertx}; blocks the (non-Vert.x) test thread until it listens. */
  static TestServer start(Vertx vertx) throws Exception {
    return start(vertx, new HttpServerOptions());
  }

  /** Starts a server with {@code options} (host and port are set to 127.0.0.1:0). */
  static TestServer start(Vertx vertx, HttpServerOptions options) throws Exception {
    HttpServer server = vertx.createHttpServer(new HttpServerOptions(options).setHost("127.0.0.1").setPort(0));
    TestServer testServer = new TestServer(server);
    server.requestHandler(testServer::handle);
    server.listen().toCompletionStage().toCompletableFuture().get(15, SECONDS);
    return testServer;
  }

  private void handle(HttpServerRequest request) {
    requestCount.incrementAndGet();
    CompletableFuture<Void> closed = new CompletableFuture<>();
    request.connection().closeHandler(ignored -> closed.complete(null));
    request.body().onSuccess(body -> {
      MultiMap headers = HttpHeaders.headers().addAll(request.headers());
      Recorded recorded = new Recorded(request.method().name(), request.uri(), headers, body.getBytes(), closed);
      requests.add(recorded);
      Responder responder = script.poll();
      (responder != null ? responder : fallback).respond(request, recorded);
    });
  }

  /** The port. */
  int port() {
    return server.actualPort();
  }

  /** {@code http://127.0.0.1:port}. */
  String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** The endpoint of {@link #baseUrl()}. */
  ApiEndpoint endpoint() {
    return ApiEndpoint.parse(baseUrl());
  }

  /** Answers every request not otherwise scripted with {@code responder}. */
  TestServer always(Responder responder) {
    this.fallback = responder;
    return this;
  }

  /** Answers the next request with {@code responder}. */
  TestServer enqueue(Responder responder) {
    script.add(responder);
    return this;
  }

  /** The next recorded request, waiting up to 15 s (a hang guard, like {@link Await}); fails if none arrives. */
  Recorded takeRequest() throws InterruptedException {
    Recorded recorded = requests.poll(15, SECONDS);
    if (recorded == null) {
      throw new AssertionError("the server received no request within 15 s");
    }
    return recorded;
  }

  /** How many requests reached the server (recorded or not yet). */
  int requestCount() {
    return requestCount.get();
  }

  @Override
  public void close() {
    server.close().toCompletionStage().toCompletableFuture().orTimeout(15, SECONDS).join();
  }

  /** Answers {@code status} with a JSON body. */
  static Responder json(int status, String body) {
    return respond(status, Map.of("Content-Type", "application/json; charset=utf-8"), body);
  }

  /** Answers {@code status} with {@code headers} and {@code body}. */
  static Responder respond(int status, Map<String, String> headers, String body) {
    return (request, recorded) -> {
      HttpServerResponse response = request.response().setStatusCode(status);
      headers.forEach(response::putHeader);
      response.end(body);
    };
  }

  /** Never answers. */
  static Responder silent() {
    return (request, recorded) -> { };
  }

  /** Closes the connection without answering. */
  static Responder closeConnection() {
    return (request, recorded) -> request.connection().close();
  }

  /** Sends headers announcing {@code announced} bytes, then {@code sent} bytes, then closes the connection. */
  static Responder truncated(int announced, int sent) {
    return (request, recorded) -> {
      HttpServerResponse response = request.response().setStatusCode(200)
          .putHeader("Content-Type", "application/json")
          .putHeader("Content-Length", Integer.toString(announced));
      response.write(Buffer.buffer("x".repeat(sent)))
          .onComplete(ignored -> request.connection().close());
    };
  }

  /** Streams {@code status} with a chunked body that never ends: 1 KiB chunks until the client goes away. */
  static Responder endless(int status) {
    return (request, recorded) -> {
      HttpServerResponse response = request.response().setStatusCode(status).setChunked(true)
          .putHeader("Content-Type", "application/json");
      writeForever(response, Buffer.buffer("x".repeat(1024)));
    };
  }

  /** Announces {@code contentLength} bytes, then streams 1 KiB chunks until the client goes away. */
  static Responder announcedEndless(long contentLength) {
    return (request, recorded) -> {
      HttpServerResponse response = request.response().setStatusCode(200)
          .putHeader("Content-Type", "application/json")
          .putHeader("Content-Length", Long.toString(contentLength));
      writeForever(response, Buffer.buffer("x".repeat(1024)));
    };
  }

  private static void writeForever(HttpServerResponse response, Buffer chunk) {
    if (!response.closed()) {
      response.write(chunk).onSuccess(ignored -> writeForever(response, chunk));
    }
  }

  /** Sends the headers and a first part of a body, then nothing more. */
  static Responder stallMidBody() {
    return (request, recorded) -> request.response().setStatusCode(200).setChunked(true)
        .putHeader("Content-Type", "application/json")
        .write("{\"account\": {");
  }

  /** Answers with {@code then} only once {@code gate} completes. */
  static Responder gated(CompletableFuture<?> gate, Responder then) {
    return (request, recorded) -> gate.whenComplete((ignored, failure) -> then.respond(request, recorded));
  }

  /** How the server answers one request. */
  @FunctionalInterface
  interface Responder {
    /** Answers {@code request}, whose body is already in {@code recorded}. */
    void respond(HttpServerRequest request, Recorded recorded);
  }

  /**
   * A request as received.
   *
   * @param method the method
   * @param uri the request URI (path and query)
   * @param headers the headers (case-insensitive)
   * @param body the body bytes
   * @param connectionClosed completes when the request's connection is closed
   */
  record Recorded(String method, String uri, MultiMap headers, byte[] body, CompletableFuture<Void> connectionClosed) {}
}
