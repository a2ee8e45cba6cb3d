package net.calkit.identity.testkit.stub;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.error.RetryAfter;
import net.calkit.identity.json.IdentityJsonCodec;
import net.calkit.identity.json.RefreshRequest;
import net.calkit.identity.fake.FakeCronofy;
import net.calkit.identity.fake.FakeRequest;
import net.calkit.identity.fake.FakeResponse;

/** Routes, faults and recording of {@link CronofyStubServer}. */
final class StubHandler implements Handler<HttpServerRequest> {
  /** The largest request body read; a larger one is drained unbuffered and answered 413. */
  static final int MAX_REQUEST_BODY = 1024 * 1024;
  private static final String JSON = "application/json; charset=utf-8";
  private static final String REVOKE_PREFIX = "/v1/profiles/";
  private static final String REVOKE_SUFFIX = "/revoke";

  private final Vertx vertx;
  private final FakeCronofy world;
  private final IdentityJsonCodec codec = IdentityJsonCodec.create();
  private final List<RecordedRequest> recorded = new CopyOnWriteArrayList<>();
  private final Map<String, ScriptedFault> faults = new ConcurrentHashMap<>();
  private final Map<String, java.util.concurrent.CompletableFuture<Void>> abandoned = new ConcurrentHashMap<>();
  private final Map<String, java.util.concurrent.CompletableFuture<RecordedRequest>> arrivals =
      new ConcurrentHashMap<>();
  private final Set<Long> timers = ConcurrentHashMap.newKeySet();
  private volatile URI baseUri = URI.create("http://127.0.0.1");
  private volatile boolean closed;

  StubHandler(Vertx vertx, FakeCronofy world) {
    this.vertx = vertx;
    this.world = world;
  }

  void baseUri(URI uri) {
    this.baseUri = uri;
  }

  List<RecordedRequest> requests() {
    return List.copyOf(recorded);
  }

  void clearRequests() {
    recorded.clear();
    // arrivals already completed by a cleared request must not answer a later received(path)
    arrivals.values().removeIf(java.util.concurrent.CompletableFuture::isDone);
  }

  void fault(String path, HttpFault fault, int times) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
    faults.put(path, new ScriptedFault(java.util.Objects.requireNonNull(fault, "fault == null"), times));
  }

  void clearFaults() {
    faults.clear();
  }

  java.util.concurrent.CompletableFuture<RecordedRequest> received(String path) {
    java.util.concurrent.CompletableFuture<RecordedRequest> first =
        arrivals.computeIfAbsent(path, p -> new java.util.concurrent.CompletableFuture<>());
    for (RecordedRequest request : recorded) {
      if (request.path().equals(path)) {
        first.complete(request);
        break;
      }
    }
    return first;
  }

  java.util.concurrent.CompletableFuture<Void> abandoned(String path) {
    return abandoned.computeIfAbsent(path, p -> new java.util.concurrent.CompletableFuture<>());
  }

  @Override
  public void handle(HttpServerRequest request) {
    String requestPath = request.path();
    request.response().closeHandler(closed -> {
      if (!request.response().ended()) {
        abandoned(requestPath).complete(null);
      }
    });
    Buffer body = Buffer.buffer();
    boolean[] tooLarge = {announcedLength(request) > MAX_REQUEST_BODY};
    // read chunk by chunk: a body over the limit is drained without being kept, so memory stays bounded
    request.handler(chunk -> {
      if (!tooLarge[0] && body.length() + chunk.length() > MAX_REQUEST_BODY) {
        tooLarge[0] = true;
      }
      if (!tooLarge[0]) {
        body.appendBuffer(chunk);
      }
    });
    request.exceptionHandler(ignored -> { }); // the client went away while sending
    request.endHandler(ended -> {
      if (tooLarge[0]) {
        record(request, Buffer.buffer());
        respond(request, 413, Map.of("Content-Type", JSON), ("{\"error\":\"request_too_large\",\"max_bytes\":"
            + MAX_REQUEST_BODY + "}").getBytes(StandardCharsets.UTF_8));
        return;
      }
      record(request, body);
      String path = request.path();
      if (path.startsWith(CronofyStubServer.REDIRECT_TARGET_PREFIX)) {
        path = path.substring(CronofyStubServer.REDIRECT_TARGET_PREFIX.length());
        route(request, path, body.getBytes(), answer -> answer.send(request));
        return;
      }
      HttpFault fault = takeFault(path);
      if (fault == null) {
        route(request, path, body.getBytes(), answer -> answer.send(request));
      } else {
        play(fault, request, path, body.getBytes());
      }
    });
  }

  private static long announcedLength(HttpServerRequest request) {
    String header = request.getHeader("Content-Length");
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException malformed) {
      return -1; // Vert.x rejects such a request before it reaches the handler
    }
  }

  /** Runs {@code action} after {@code millis} on a Vert.x timer, unless {@link #close()} comes first. */
  private void schedule(long millis, Runnable action) {
    if (closed) {
      return;
    }
    long id = vertx.setTimer(millis, fired -> {
      timers.remove(fired);
      if (!closed) {
        action.run();
      }
    });
    timers.add(id);
    if (closed && timers.remove(id)) {
      vertx.cancelTimer(id); // close() ran between the check and the add
    }
  }

  /** The ids of the scripted-delay timers still pending. */
  Set<Long> pendingTimers() {
    return Set.copyOf(timers);
  }

  /** Cancels every pending timer; no scripted delay fires afterwards. */
  void close() {
    closed = true;
    for (Long id : timers) {
      if (timers.remove(id)) {
        vertx.cancelTimer(id);
      }
    }
  }

  private void record(HttpServerRequest request, Buffer body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : request.headers().names()) {
      headers.put(name, new ArrayList<>(request.headers().getAll(name)));
    }
    RecordedRequest recordedRequest = new RecordedRequest(request.method().name(), request.path(),
        Optional.ofNullable(request.query()), headers, body.getBytes());
    recorded.add(recordedRequest);
    java.util.concurrent.CompletableFuture<RecordedRequest> waiting = arrivals.get(request.path());
    if (waiting != null) {
      waiting.complete(recordedRequest);
    }
  }

  private HttpFault takeFault(String path) {
    ScriptedFault[] taken = new ScriptedFault[1];
    faults.computeIfPresent(path, (key, scripted) -> {
      taken[0] = scripted;
      return scripted.remaining <= 1 ? null : new ScriptedFault(scripted.fault, scripted.remaining - 1);
    });
    return taken[0] == null ? null : taken[0].fault;
  }

  private void play(HttpFault fault, HttpServerRequest request, String path, byte[] body) {
    if (fault instanceof HttpFault.Status) {
      HttpFault.Status status = (HttpFault.Status) fault;
      respond(request, status.status(), status.headers(), status.body());
    } else if (fault instanceof HttpFault.Delay) {
      long millis = Math.max(1, ((HttpFault.Delay) fault).delay().toMillis());
      schedule(millis, () -> route(request, path, body, answer -> answer.send(request)));
    } else if (fault instanceof HttpFault.Reset) {
      request.connection().close();
    } else if (fault instanceof HttpFault.TruncatedBody) {
      route(request, path, body, answer -> {
        HttpServerResponse response = request.response();
        response.setStatusCode(answer.status);
        answer.headers.forEach(response::putHeader);
        byte[] bytes = answer.body.length < 2 ? "{\"truncated\": true}".getBytes(StandardCharsets.UTF_8) : answer.body;
        response.putHeader("Content-Length", Integer.toString(bytes.length));
        response.write(Buffer.buffer(java.util.Arrays.copyOf(bytes, bytes.length / 2)))
            .onComplete(written -> request.connection().close());
      });
    } else if (fault instanceof HttpFault.OversizedBody) {
      sendOversized(request, (HttpFault.OversizedBody) fault);
    } else if (fault instanceof HttpFault.Body) {
      HttpFault.Body fixed = (HttpFault.Body) fault;
      respond(request, fixed.status(), Map.of("Content-Type", fixed.contentType()), fixed.body());
    } else if (fault instanceof HttpFault.Redirect) {
      String location = baseUri + CronofyStubServer.REDIRECT_TARGET_PREFIX + request.uri();
      respond(request, ((HttpFault.Redirect) fault).status(), Map.of("Location", location), new byte[0]);
    }
  }

  private static void sendOversized(HttpServerRequest request, HttpFault.OversizedBody fault) {
    HttpServerResponse response = request.response();
    response.setStatusCode(200).putHeader("Content-Type", JSON);
    byte[] head = "{\"profiles\":[],\"padding\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
    long filler = fault.bytes() - head.length - tail.length;
    if (fault.announced()) {
      response.putHeader("Content-Length", Long.toString(fault.bytes()));
    } else {
      response.setChunked(true);
    }
    response.write(Buffer.buffer(head));
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) 'x');
    for (long left = filler; left > 0; left -= chunk.length) {
      int size = (int) Math.min(chunk.length, left);
      response.write(Buffer.buffer(size == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, size)));
    }
    response.end(Buffer.buffer(tail));
  }

  private void route(HttpServerRequest request, String path, byte[] body, Consumer<Answer> then) {
    Context context = vertx.getOrCreateContext();
    Consumer<Answer> onContext = answer -> context.runOnContext(ignored -> then.accept(answer));
    String method = request.method().name();
    boolean isRevoke = path.startsWith(REVOKE_PREFIX) && path.endsWith(REVOKE_SUFFIX)
        && path.length() > REVOKE_PREFIX.length() + REVOKE_SUFFIX.length();
    boolean known = path.equals("/v1/userinfo") || path.equals("/v1/account") || path.equals("/v1/profiles")
        || path.equals("/oauth/token") || isRevoke;
    if (!known) {
      onContext.accept(Answer.empty(404));
      return;
    }
    boolean post = path.equals("/oauth/token") || isRevoke;
    if (!method.equals(post ? "POST" : "GET")) {
      onContext.accept(new Answer(405, Map.of("Allow", post ? "POST" : "GET"), new byte[0]));
      return;
    }
    if (path.equals("/oauth/token")) {
      refresh(request, body, onContext);
      return;
    }
    Optional<AccessToken> token = bearer(request.getHeader("Authorization"));
    if (token.isEmpty()) {
      onContext.accept(new Answer(401, Map.of("WWW-Authenticate", "Bearer"), new byte[0]));
      return;
    }
    if (path.equals("/v1/userinfo")) {
      serve(FakeRequest.userInfo(token.get()), info -> Answer.json(200, codec.encodeUserInfo(info)), onContext);
    } else if (path.equals("/v1/account")) {
      serve(FakeRequest.account(token.get()), account -> Answer.json(200, codec.encodeAccount(account)), onContext);
    } else if (path.equals("/v1/profiles")) {
      serve(FakeRequest.profiles(token.get()), profiles -> Answer.json(200, codec.encodeProfiles(profiles)),
          onContext);
    } else {
      String segment = path.substring(REVOKE_PREFIX.length(), path.length() - REVOKE_SUFFIX.length());
      ProfileId profileId;
      try {
        profileId = ProfileId.of(segment);
      } catch (IllegalArgumentException badId) {
        onContext.accept(Answer.empty(404));
        return;
      }
      serve(FakeRequest.revokeProfile(token.get(), profileId), revoked -> Answer.empty(202), onContext);
    }
  }

  private void refresh(HttpServerRequest request, byte[] body, Consumer<Answer> then) {
    RefreshRequest refresh;
    try {
      refresh = parseRefresh(request.getHeader("Content-Type"), body);
    } catch (RuntimeException malformed) {
      then.accept(Answer.json(400, codec.encodeOAuthError("invalid_request")));
      return;
    }
    if (!refresh.grantType().equals("refresh_token")) {
      then.accept(Answer.json(400, codec.encodeOAuthError("unsupported_grant_type")));
      return;
    }
    serve(FakeRequest.refresh(refresh.client(), refresh.refreshToken()),
        tokens -> new Answer(200, Map.of("Content-Type", JSON, "Cache-Control", "no-store"),
            codec.encodeTokenResponse(tokens)),
        then);
  }

  private RefreshRequest parseRefresh(String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/x-www-form-urlencoded")) {
      return codec.decodeRefreshRequest(body);
    }
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return new RefreshRequest(required(form, "grant_type"),
        ClientCredentials.of(required(form, "client_id"), required(form, "client_secret")),
        RefreshToken.of(required(form, "refresh_token")));
  }

  private static String required(Map<String, String> form, String key) {
    String value = form.get(key);
    if (value == null) {
      throw new IllegalArgumentException("missing " + key);
    }
    return value;
  }

  static Optional<AccessToken> bearer(String header) {
    if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    try {
      return Optional.of(AccessToken.of(header.substring(7).strip()));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private <T> void serve(FakeRequest<T> request, Function<T, Answer> success, Consumer<Answer> then) {
    FakeResponse<T> response;
    try {
      response = world.handle(request);
    } catch (RuntimeException worldFailed) {
      then.accept(Answer.empty(500));
      return;
    }
    deliver(response, success, then);
  }

  private <T> void deliver(FakeResponse<T> response, Function<T, Answer> success, Consumer<Answer> then) {
    if (response instanceof FakeResponse.Delayed) {
      FakeResponse.Delayed<T> delayed = (FakeResponse.Delayed<T>) response;
      long millis = delayed.delay().toMillis();
      if (millis <= 0) {
        deliver(delayed.then(), success, then);
      } else {
        schedule(millis, () -> deliver(delayed.then(), success, then));
      }
    } else if (response instanceof FakeResponse.Ok) {
      Answer answer;
      try {
        answer = success.apply(((FakeResponse.Ok<T>) response).value());
      } catch (RuntimeException encodingFailed) {
        answer = Answer.empty(500);
      }
      then.accept(answer);
    } else if (response instanceof FakeResponse.TransportFailure) {
      then.accept(Answer.RESET);
    } else {
      FakeResponse.Failure<T> failure = (FakeResponse.Failure<T>) response;
      Map<String, String> headers = new LinkedHashMap<>();
      String json = failure.body().json();
      if (!json.isEmpty()) {
        headers.put("Content-Type", JSON);
      }
      if (failure.status() == 401) {
        headers.put("WWW-Authenticate", "Bearer");
      }
      failure.retryAfter().ifPresent(retryAfter -> headers.put("Retry-After", retryAfterHeader(retryAfter)));
      then.accept(new Answer(failure.status(), headers, json.getBytes(StandardCharsets.UTF_8)));
    }
  }

  static String retryAfterHeader(RetryAfter retryAfter) {
    if (retryAfter instanceof RetryAfter.Delay) {
      return Long.toString(((RetryAfter.Delay) retryAfter).delay().toSeconds());
    }
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(((RetryAfter.At) retryAfter).instant().atZone(ZoneOffset.UTC));
  }

  private static void respond(HttpServerRequest request, int status, Map<String, String> headers, byte[] body) {
    new Answer(status, headers, body).send(request);
  }

  private static final class ScriptedFault {
    final HttpFault fault;
    final int remaining;

    ScriptedFault(HttpFault fault, int remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  /** A response to send; {@link #RESET} closes the connection instead. */
  static final class Answer {
    static final Answer RESET = new Answer(0, Map.of(), new byte[0]);

    final int status;
    final Map<String, String> headers;
    final byte[] body;

    Answer(int status, Map<String, String> headers, byte[] body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    static Answer empty(int status) {
      return new Answer(status, Map.of(), new byte[0]);
    }

    static Answer json(int status, byte[] body) {
      return new Answer(status, Map.of("Content-Type", JSON), body);
    }

    void send(HttpServerRequest request) {
      if (this == RESET) {
        request.connection().close();
        return;
      }
      HttpServerResponse response = request.response();
      response.setStatusCode(status);
      headers.forEach(response::putHeader);
      response.end(Buffer.buffer(body));
    }
  }
}
