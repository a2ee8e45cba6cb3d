package net.calkit.identity.testkit.stub;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import net.calkit.identity.domain.ConnectionState;
import net.calkit.identity.domain.Scope;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.FieldError;
import net.calkit.identity.domain.error.RetryAfter;
import net.calkit.identity.fake.ErrorBody;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.fake.FakeCronofy;
import net.calkit.identity.fake.FakeEndpoint;
import net.calkit.identity.fake.Fault;
import net.calkit.identity.json.IdentityJsonCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CronofyStubServerTest {
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  private static final ClientCredentials APP = ClientCredentials.of("app_id", "app_secret_xyz");
  private static final IdentityJsonCodec CODEC = IdentityJsonCodec.create();

  private FakeCronofy world;
  private FakeAccount jane;
  private TokenSet tokens;
  private CronofyStubServer stub;

  @BeforeEach
  void start() {
    world = FakeCronofy.builder().clock(Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC))
        .client(APP).build();
    jane = world.addAccount(a -> a.id("acc_jane").email("jane@example.com").name("Jane")
        .calendarProfile(p -> p.id("pro_a").name("a").connected(true))
        .calendarProfile(p -> p.id("pro_b").name("b").connected(false)));
    tokens = jane.issueTokens();
    stub = CronofyStubServer.start(world);
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(stub.baseUri() + path)).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + tokens.accessToken().value());
  }

  private HttpResponse<byte[]> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(stub.baseUri() + path)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void listensOnLoopbackWithAnEphemeralPort() {
    try (CronofyStubServer second = CronofyStubServer.start(world)) {
      assertThat(stub.baseUri().getHost()).isEqualTo("127.0.0.1");
      assertThat(stub.port()).isPositive().isEqualTo(stub.baseUri().getPort());
      assertThat(second.port()).isPositive().isNotEqualTo(stub.port());
    }
  }

  @Test
  void servesTheWorldOverTheWireFormat() throws Exception {
    HttpResponse<byte[]> response = get("/v1/userinfo");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(CODEC.decodeUserInfo(response.body())).isEqualTo(jane.userInfo());
    assertThat(CODEC.decodeAccount(get("/v1/account").body())).isEqualTo(jane.account());
    assertThat(CODEC.decodeProfiles(get("/v1/profiles").body())).isEqualTo(jane.calendarProfiles());
  }

  @Test
  void answersAuthAndRoutingErrorsLikeTheApi() throws Exception {
    HttpResponse<byte[]> noToken = CLIENT.send(HttpRequest.newBuilder(URI.create(stub.baseUri() + "/v1/userinfo"))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(noToken.statusCode()).isEqualTo(401);
    world.revoke(tokens.accessToken());
    assertThat(get("/v1/profiles").statusCode()).isEqualTo(401);
    assertThat(get("/v1/nothing").statusCode()).isEqualTo(404);
    assertThat(CLIENT.send(request("/v1/userinfo").POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(405);
  }

  @Test
  void revokeAnswers202WithoutBodyAndRevokesOnlyThatProfile() throws Exception {
    HttpResponse<byte[]> response = CLIENT.send(request("/v1/profiles/pro_b/revoke")
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.body()).isEmpty();
    assertThat(world.profile("pro_b").isRevoked()).isTrue();
    assertThat(world.profile("pro_a").isRevoked()).isFalse();
    assertThat(CLIENT.send(request("/v1/profiles/pro_b/revoke").POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(404);
  }

  @Test
  void refreshesWithJsonOrFormBodiesAndRotates() throws Exception {
    String refresh = tokens.refreshToken().orElseThrow().value();
    HttpResponse<byte[]> json = post("/oauth/token", "application/json",
        new String(CODEC.encodeRefreshRequest(APP, tokens.refreshToken().orElseThrow()), StandardCharsets.UTF_8));
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Cache-Control")).hasValue("no-store");
    TokenResponse answer = CODEC.decodeTokenResponse(json.body());
    assertThat(world.isActive(answer.accessToken())).isTrue();
    assertThat(answer.scope()).contains(Scope.parse("read_write"));

    HttpResponse<byte[]> reused = post("/oauth/token", "application/x-www-form-urlencoded",
        "grant_type=refresh_token&client_id=app_id&client_secret=app_secret_xyz&refresh_token=" + refresh);
    assertThat(reused.statusCode()).isEqualTo(400);
    assertThat(CODEC.decodeOAuthError(reused.body())).contains("invalid_grant");

    HttpResponse<byte[]> form = post("/oauth/token", "application/x-www-form-urlencoded",
        "grant_type=refresh_token&client_id=app_id&client_secret=app_secret_xyz&refresh_token="
            + answer.refreshToken().orElseThrow().value());
    assertThat(form.statusCode()).isEqualTo(200);
  }

  @Test
  void refusesMalformedRefreshRequests() throws Exception {
    HttpResponse<byte[]> malformed = post("/oauth/token", "application/json", "{\"grant_type\":");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(CODEC.decodeOAuthError(malformed.body())).contains("invalid_request");
    HttpResponse<byte[]> wrongGrant = post("/oauth/token", "application/x-www-form-urlencoded",
        "grant_type=password&client_id=app_id&client_secret=app_secret_xyz&refresh_token=x");
    assertThat(CODEC.decodeOAuthError(wrongGrant.body())).contains("unsupported_grant_type");
  }

  @Test
  void putsTheWorldsScriptedFaultsOnTheWire() throws Exception {
    world.injectFault(FakeEndpoint.PROFILES, 1, Fault.rateLimited(Optional.of(new RetryAfter.Delay(Duration.ofSeconds(7)))));
    HttpResponse<byte[]> limited = get("/v1/profiles");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");

    List<FieldError> errors = List.of(new FieldError("profile_id", Optional.of("errors.required"), Optional.of("required")));
    world.injectFault(FakeEndpoint.ACCOUNT, 1, Fault.status(422, ErrorBody.fieldErrors(errors)));
    HttpResponse<byte[]> invalid = get("/v1/account");
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(CODEC.decodeFieldErrors(invalid.body())).isEqualTo(errors);

    world.injectFault(FakeEndpoint.USERINFO, 2, Fault.transport());
    assertThatThrownBy(() -> get("/v1/userinfo")).isInstanceOf(IOException.class);

    world.injectFault(FakeEndpoint.ACCOUNT, 1, Fault.delay(Duration.ofMillis(20)));
    assertThat(get("/v1/account").statusCode()).isEqualTo(200);
  }

  @Test
  void playsStatusFaultsForAGivenNumberOfRequests() throws Exception {
    stub.fault("/v1/userinfo", HttpFault.tooManyRequests("Wed, 21 Oct 2026 07:28:00 GMT"), 1);
    HttpResponse<byte[]> limited = get("/v1/userinfo");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("Wed, 21 Oct 2026 07:28:00 GMT");
    assertThat(get("/v1/userinfo").statusCode()).isEqualTo(200);

    stub.fault("/v1/account", HttpFault.status(503));
    assertThat(get("/v1/account").statusCode()).isEqualTo(503);
    assertThat(get("/v1/account").statusCode()).isEqualTo(503);
    stub.clearFaults();
    assertThat(get("/v1/account").statusCode()).isEqualTo(200);
  }

  @Test
  void delaysOnATimerAndThenServesNormally() throws Exception {
    stub.fault("/v1/userinfo", HttpFault.delay(Duration.ofMillis(50)), 1);
    HttpResponse<byte[]> delayed = get("/v1/userinfo");
    assertThat(delayed.statusCode()).isEqualTo(200);
    assertThat(CODEC.decodeUserInfo(delayed.body())).isEqualTo(jane.userInfo());
  }

  @Test
  void reportsArrivalsAndAbandonedRequests() throws Exception {
    stub.fault("/v1/profiles", HttpFault.delay(Duration.ofSeconds(60)));
    java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> pending =
        CLIENT.sendAsync(request("/v1/profiles").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    RecordedRequest arrived = stub.received("/v1/profiles").toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(arrived.method()).isEqualTo("GET");
    assertThat(stub.received("/v1/profiles").toCompletableFuture().isDone()).as("already received").isTrue();
    assertThat(stub.abandoned("/v1/profiles").toCompletableFuture().isDone()).isFalse();
    pending.cancel(true);
    stub.abandoned("/v1/profiles").toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
  }

  @Test
  void resetsAndTruncates() {
    stub.fault("/v1/userinfo", HttpFault.reset());
    assertThatThrownBy(() -> get("/v1/userinfo")).isInstanceOf(IOException.class);
    stub.fault("/v1/profiles", HttpFault.truncatedBody());
    assertThatThrownBy(() -> get("/v1/profiles")).isInstanceOf(IOException.class);
  }

  @Test
  void sendsOversizedBodiesAnnouncedOrChunked() throws Exception {
    stub.fault("/v1/profiles", HttpFault.oversizedBody(100_000), 1);
    HttpResponse<byte[]> announced = get("/v1/profiles");
    assertThat(announced.headers().firstValueAsLong("Content-Length")).hasValue(100_000);
    assertThat(announced.body()).hasSize(100_000);
    assertThat(CODEC.decodeProfiles(announced.body())).isEmpty();

    stub.fault("/v1/profiles", HttpFault.oversizedChunkedBody(200_000), 1);
    HttpResponse<byte[]> chunked = get("/v1/profiles");
    assertThat(chunked.headers().firstValue("Content-Length")).isEmpty();
    assertThat(chunked.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
    assertThat(chunked.body()).hasSize(200_000);
  }

  @Test
  void sendsNonJsonBodies() throws Exception {
    stub.fault("/v1/userinfo", HttpFault.nonJsonBody(), 1);
    HttpResponse<byte[]> html = get("/v1/userinfo");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
  }

  @Test
  void redirectsToATargetThatRecordsFollowers() throws Exception {
    stub.fault("/v1/userinfo", HttpFault.redirect());
    HttpResponse<byte[]> redirect = get("/v1/userinfo");
    assertThat(redirect.statusCode()).isEqualTo(302);
    String location = redirect.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo(stub.baseUri() + CronofyStubServer.REDIRECT_TARGET_PREFIX + "/v1/userinfo");
    assertThat(stub.requests(RecordedRequest::isRedirectTarget)).isEmpty();

    HttpResponse<byte[]> followed = CLIENT.send(HttpRequest.newBuilder(URI.create(location))
        .header("Authorization", "Bearer " + tokens.accessToken().value()).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(followed.statusCode()).isEqualTo(200);
    assertThat(stub.requests(RecordedRequest::isRedirectTarget)).hasSize(1);
  }

  @Test
  void recordsEveryRequestAndRedactsSecretsInToString() throws Exception {
    post("/oauth/token?x=1", "application/json", "{\"client_secret\":\"app_secret_xyz\"}");
    get("/v1/userinfo");
    List<RecordedRequest> requests = stub.requests();
    assertThat(requests).extracting(RecordedRequest::method).containsExactly("POST", "GET");
    assertThat(requests).extracting(RecordedRequest::path).containsExactly("/oauth/token", "/v1/userinfo");
    RecordedRequest refresh = requests.get(0);
    assertThat(refresh.query()).contains("x=1");
    assertThat(refresh.header("content-type")).hasValue("application/json");
    assertThat(refresh.bodyUtf8()).contains("app_secret_xyz");
    RecordedRequest userinfo = requests.get(1);
    assertThat(userinfo.header("AUTHORIZATION")).hasValue("Bearer " + tokens.accessToken().value());
    assertThat(userinfo.toString()).doesNotContain(tokens.accessToken().value()).contains("GET /v1/userinfo");
    assertThat(refresh.toString()).doesNotContain("app_secret_xyz");
    stub.clearRequests();
    assertThat(stub.requests()).isEmpty();
  }

  @Test
  void servesTheDemoWorld() throws Exception {
    DemoWorld demo = DemoWorld.create(Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC));
    try (CronofyStubServer server = CronofyStubServer.start(demo.world())) {
      HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/v1/userinfo"))
          .header("Authorization", "Bearer " + demo.tokens().accessToken().value()).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      UserInfo info = CODEC.decodeUserInfo(response.body());
      assertThat(info.profiles()).hasSize(4);
      assertThat(info.profiles()).extracting(p -> p.state()).containsExactly(ConnectionState.CONNECTED,
          ConnectionState.CONNECTED, ConnectionState.NEEDS_RELINK, ConnectionState.INITIAL_SYNC_PENDING);
      assertThat(info.profiles().get(0).name()).isEqualTo(info.profiles().get(1).name());
      assertThat(info.profiles().get(2).relinkUrl()).isPresent();
      assertThat(info.conferencingProfiles()).extracting(p -> p.state())
          .containsExactly(ConnectionState.CONNECTED, ConnectionState.NEEDS_RELINK);
      assertThat(info.needingAttention()).hasSize(3);
      assertThat(demo.toString()).doesNotContain(demo.tokens().accessToken().value());
    }
  }

  @Test
  void closesItsOwnVertxEvenWhenStoppingTheServerFails() throws Exception {
    HoldingClock clock = new HoldingClock();
    FakeCronofy heldWorld = FakeCronofy.builder().clock(clock).build();
    TokenSet heldTokens = heldWorld.addAccount(a -> a.id("acc_held").email("held@example.com")).issueTokens();
    CronofyStubServer own = CronofyStubServer.start(heldWorld);
    CompletableFuture<Void> vertxClosing = new CompletableFuture<>();
    own.vertx().deployVerticle(new VerticleBase() {
      @Override
      public Future<?> stop() throws Exception {
        vertxClosing.complete(null); // Vert.x undeploys every verticle when it closes
        return super.stop();
      }
    }).toCompletionStage().toCompletableFuture().get(10, SECONDS);
    // the server's event loop is held inside the world, so the server cannot finish stopping
    clock.hold();
    CLIENT.sendAsync(HttpRequest.newBuilder(
        URI.create(own.baseUri() + "/v1/userinfo")).header("Authorization", "Bearer "
        + heldTokens.accessToken().value()).build(), HttpResponse.BodyHandlers.ofByteArray());
    clock.holding.get(10, SECONDS);

    Thread.currentThread().interrupt(); // so waiting for the server to stop fails, as under a JUnit timeout
    try {
      assertThatThrownBy(own::close).isInstanceOf(IllegalStateException.class)
          .hasMessage("interrupted while waiting for the stub server to stop");
    } finally {
      Thread.interrupted();
      clock.release.countDown();
    }

    vertxClosing.get(10, SECONDS);
  }

  /** A clock that, once {@link #hold()} is called, blocks its next caller until {@link #release} counts down. */
  private static final class HoldingClock extends Clock {
    final CompletableFuture<Void> holding = new CompletableFuture<>();
    final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean armed;

    void hold() {
      armed = true;
    }

    @Override
    public Instant instant() {
      if (armed) {
        armed = false;
        holding.complete(null);
        try {
          release.await(30, SECONDS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      return Instant.parse("2026-01-05T09:00:00Z");
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void cancelsScriptedDelaysOnClose() throws Exception {
    Vertx shared = Vertx.vertx();
    try {
      CronofyStubServer onShared = CronofyStubServer.start(shared, world);
      onShared.fault("/v1/account", HttpFault.delay(Duration.ofHours(1)));
      world.injectFault(FakeEndpoint.PROFILES, 1, Fault.delay(Duration.ofHours(1)));
      CompletableFuture<HttpResponse<byte[]>> wireDelayed = CLIENT.sendAsync(
          request(onShared, "/v1/account").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      CompletableFuture<HttpResponse<byte[]>> worldDelayed = CLIENT.sendAsync(
          request(onShared, "/v1/profiles").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      onShared.received("/v1/account").toCompletableFuture().get(10, SECONDS);
      onShared.received("/v1/profiles").toCompletableFuture().get(10, SECONDS);
      // one event loop serves the server's connections: once this answer is back, both delays are scheduled
      assertThat(CLIENT.send(request(onShared, "/v1/userinfo").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(200);
      Set<Long> timers = onShared.pendingTimers();
      assertThat(timers).hasSize(2);

      onShared.close();

      assertThat(onShared.pendingTimers()).isEmpty();
      for (long id : timers) {
        assertThat(shared.cancelTimer(id)).as("timer %d still pending on the shared Vert.x after close", id).isFalse();
      }
      assertThat(wireDelayed).failsWithin(10, SECONDS);
      assertThat(worldDelayed).failsWithin(10, SECONDS);
    } finally {
      shared.close().toCompletionStage().toCompletableFuture().get(10, SECONDS);
    }
  }

  @Test
  void refusesRequestBodiesOverOneMebibyteWithA413() throws Exception {
    int limit = StubHandler.MAX_REQUEST_BODY;
    HttpResponse<byte[]> announced = postBytes(HttpRequest.BodyPublishers.ofByteArray(new byte[limit + 1]));
    HttpResponse<byte[]> chunked = postBytes(HttpRequest.BodyPublishers.ofInputStream(
        () -> new ByteArrayInputStream(new byte[2 * limit])));
    HttpResponse<byte[]> atTheLimit = postBytes(HttpRequest.BodyPublishers.ofByteArray(new byte[limit]));

    for (HttpResponse<byte[]> refused : List.of(announced, chunked)) {
      assertThat(refused.statusCode()).isEqualTo(413);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
      assertThat(new String(refused.body(), StandardCharsets.UTF_8))
          .isEqualTo("{\"error\":\"request_too_large\",\"max_bytes\":1048576}");
    }
    assertThat(chunked.request().headers().firstValue("Content-Length")).as("sent chunked").isEmpty();
    assertThat(atTheLimit.statusCode()).as("read and parsed: not JSON").isEqualTo(400);
    assertThat(stub.requests()).extracting(r -> r.body().length).containsExactly(0, 0, limit);
    assertThat(get("/v1/userinfo").statusCode()).as("still serving").isEqualTo(200);
  }

  private HttpResponse<byte[]> postBytes(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(stub.baseUri() + "/oauth/token"))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").POST(body).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest.Builder request(CronofyStubServer server, String path) {
    return HttpRequest.newBuilder(URI.create(server.baseUri() + path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + tokens.accessToken().value());
  }
}
