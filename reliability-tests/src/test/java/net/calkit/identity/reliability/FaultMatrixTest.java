package net.calkit.identity.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.SelfSignedCertificate;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import net.calkit.identity.client.AccountSession;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.ErrorKind;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InvalidResponseException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.TokenStoreException;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.domain.error.UnexpectedStatusException;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.json.IdentityJsonCodec;
import net.calkit.identity.testkit.stub.HttpFault;
import net.calkit.identity.testkit.stub.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per row of the fault matrix in RELIABILITY.md: each fault is played on loopback against the
 * whole stack (AccountSession over VertxIdentityApi) with quick retries, and the outcome is checked: the
 * typed error (or success), how many attempts were made, and that no secret leaked into the error.
 */
@DisplayName("fault matrix (RELIABILITY.md)")
class FaultMatrixTest {
  private static final String USERINFO = "/v1/userinfo";
  private static final String TOKEN = "/oauth/token";
  private static final int FAST_ATTEMPTS = Stack.FAST_RETRIES.maxAttempts();

  private Stack stack;
  private FakeAccount account;
  private TokenSet tokens;

  private Stack start() {
    return start(Stack.start());
  }

  private Stack start(Stack started) {
    stack = started;
    account = stack.world.addAccount(a -> a.id("acc_faultmatrix").email("ada@example.com").name("Ada Lovelace")
        .timeZone("Europe/London").calendarProfile(p -> p.name("ada@example.com")));
    tokens = account.issueTokens();
    stack.secrets.add(tokens);
    return stack;
  }

  private AccountSession session() {
    return stack.client().build().session("ada", tokens);
  }

  @AfterEach
  void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  private <T extends IdentityException> T fails(Class<T> type) {
    Throwable failure = Calls.failure(session().userInfo());
    assertThat(failure).isInstanceOf(type);
    stack.secrets.assertAbsentFrom(failure);
    return type.cast(failure);
  }

  private void succeeds() {
    UserInfo info = Calls.value(session().userInfo());
    assertThat(info).isEqualTo(account.userInfo());
  }

  private List<RecordedRequest> requestsTo(String path) {
    return stack.stub.requests(r -> r.path().equals(path));
  }

  @Test
  @DisplayName("F01 connection refused: TransportException after every attempt")
  void connectionRefused() throws Exception {
    // bound but never listening: connections are refused, and no other socket can take the port meanwhile
    // (a closed server's port could be reused by anything on the machine before the attempts)
    try (Socket holder = new Socket()) {
      holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      int closedPort = holder.getLocalPort();
      start(Stack.start(world -> {}, options -> options.baseUrl("http://127.0.0.1:" + closedPort)));
      TransportException failure = fails(TransportException.class);
      assertThat(failure.kind()).isEqualTo(ErrorKind.TRANSPORT_FAILURE);
      assertThat(failure.getMessage()).contains("could not connect");
      assertThat(stack.counted.apiCalls).hasValue(FAST_ATTEMPTS);
    }
  }

  @Test
  @DisplayName("F02 reset before headers, once: retried, then success")
  void resetBeforeHeadersOnce() {
    start().stub.fault(USERINFO, HttpFault.reset(), 1);
    succeeds();
    assertThat(requestsTo(USERINFO)).hasSize(2);
  }

  @Test
  @DisplayName("F03 reset before headers, every time: TransportException after every attempt")
  void resetBeforeHeadersStorm() {
    start().stub.fault(USERINFO, HttpFault.reset());
    fails(TransportException.class);
    assertThat(requestsTo(USERINFO)).hasSize(FAST_ATTEMPTS);
  }

  @Test
  @DisplayName("F04 reset mid-body (length announced, half sent), every time: TransportException after every attempt")
  void resetMidBody() {
    start().stub.fault(USERINFO, HttpFault.truncatedBody());
    TransportException failure = fails(TransportException.class);
    assertThat(failure.getMessage()).contains("body");
    assertThat(requestsTo(USERINFO)).hasSize(FAST_ATTEMPTS);
  }

  @Test
  @DisplayName("F05 reset mid-body, once: retried, then success")
  void resetMidBodyOnce() {
    start().stub.fault(USERINFO, HttpFault.truncatedBody(), 1);
    succeeds();
    assertThat(requestsTo(USERINFO)).hasSize(2);
  }

  @Test
  @DisplayName("F06 truncated JSON in a complete 200 response: InvalidResponseException, not retried")
  void truncatedJson() {
    start();
    byte[] json = IdentityJsonCodec.create().encodeUserInfo(account.userInfo());
    stack.stub.fault(USERINFO, HttpFault.body(200, "application/json; charset=utf-8",
        Arrays.copyOf(json, json.length / 2)));
    fails(InvalidResponseException.class);
    assertThat(requestsTo(USERINFO)).hasSize(1);
  }

  @Test
  @DisplayName("F07 slow headers past the attempt timeout, every time: DeadlineExceeded(ATTEMPT) after every attempt")
  void slowHeaders() {
    start(Stack.start(world -> {}, options -> options.attemptTimeout(Duration.ofMillis(200))));
    stack.stub.fault(USERINFO, HttpFault.delay(Duration.ofSeconds(5)));
    DeadlineExceededException failure = fails(DeadlineExceededException.class);
    assertThat(failure.scope()).isEqualTo(DeadlineExceededException.Scope.ATTEMPT);
    assertThat(stack.counted.apiCalls).hasValue(FAST_ATTEMPTS);
  }

  @Test
  @DisplayName("F08 slow headers once: retried, then success")
  void slowHeadersOnce() {
    // the retry must succeed within the same attempt timeout as the first attempt exceeds: 2 s, far above
    // a loopback call, and far below the scripted delay, so neither attempt's outcome depends on the load
    start(Stack.start(world -> {}, options -> options.attemptTimeout(Duration.ofSeconds(2))));
    stack.stub.fault(USERINFO, HttpFault.delay(Duration.ofSeconds(30)), 1);
    succeeds();
    assertThat(stack.counted.apiCalls).hasValue(2);
  }

  @Test
  @DisplayName("F09 slow body (headers and a few bytes, then nothing): DeadlineExceeded(ATTEMPT) after every attempt")
  void slowBody() {
    AtomicInteger served = new AtomicInteger();
    CompletableFuture<Void> allServed = new CompletableFuture<>();
    Vertx side = Vertx.vertx();
    HttpServer trickle = Stack.await(side.createHttpServer(
            new HttpServerOptions().setHost("127.0.0.1").setPort(0))
        .requestHandler(request -> {
          if (served.incrementAndGet() == FAST_ATTEMPTS) {
            allServed.complete(null);
          }
          request.response().setChunked(true).putHeader("Content-Type", "application/json")
              .write("{\"sub\": \"acc_");
        })
        .listen());
    try {
      // 1 s: long enough for each request to reach the server (so each attempt meets the slow body, not a
      // slow connect), which counts it on its own event loop, possibly after the client gave up: wait for it
      start(Stack.start(world -> {}, options -> options.baseUrl("http://127.0.0.1:" + trickle.actualPort())
          .attemptTimeout(Duration.ofSeconds(1))));
      DeadlineExceededException failure = fails(DeadlineExceededException.class);
      assertThat(failure.scope()).isEqualTo(DeadlineExceededException.Scope.ATTEMPT);
      assertThat(stack.counted.apiCalls).hasValue(FAST_ATTEMPTS);
      Stack.await(allServed);
      assertThat(served).hasValue(FAST_ATTEMPTS);
    } finally {
      Stack.await(side.close());
    }
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {500, 502, 503, 504})
  @DisplayName("F10 one-off 500/502/503/504: retried, then success")
  void serverErrorOnce(int status) {
    start().stub.fault(USERINFO, HttpFault.status(status), 1);
    succeeds();
    assertThat(requestsTo(USERINFO)).hasSize(2);
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {500, 502, 503, 504})
  @DisplayName("F11 storm of 500/502/503/504: ServerErrorException with the status after every attempt")
  void serverErrorStorm(int status) {
    start().stub.fault(USERINFO, HttpFault.status(status));
    ServerErrorException failure = fails(ServerErrorException.class);
    assertThat(failure.status()).hasValue(status);
    assertThat(requestsTo(USERINFO)).hasSize(FAST_ATTEMPTS);
  }

  @Test
  @DisplayName("F12 429 with Retry-After in seconds: waits at least that long, then success")
  void rateLimitedRetryAfterSeconds() {
    start().stub.fault(USERINFO, HttpFault.tooManyRequests("1"), 1);
    succeeds();
    assertThat(requestsTo(USERINFO)).hasSize(2);
    assertThat(backoffs()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  @DisplayName("F13 429 with Retry-After as an HTTP date: waits until then, then success")
  void rateLimitedRetryAfterDate() {
    start();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(1).atZone(ZoneOffset.UTC));
    stack.stub.fault(USERINFO, HttpFault.tooManyRequests(date), 1);
    UserInfo info = Calls.value(stack.client().clock(Clock.fixed(now, ZoneOffset.UTC)).build()
        .session("ada", tokens).userInfo());
    assertThat(info).isEqualTo(account.userInfo());
    assertThat(backoffs()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  @DisplayName("F14 429 without Retry-After, every time: RateLimitedException after every attempt")
  void rateLimitedWithoutRetryAfter() {
    start().stub.fault(USERINFO, HttpFault.status(429));
    RateLimitedException failure = fails(RateLimitedException.class);
    assertThat(failure.retryAfter()).isEmpty();
    assertThat(requestsTo(USERINFO)).hasSize(FAST_ATTEMPTS);
    assertThat(backoffs()).hasSize(FAST_ATTEMPTS - 1)
        .allSatisfy(delay -> assertThat(delay).isLessThanOrEqualTo(Stack.FAST_RETRIES.cap()));
  }

  @Test
  @DisplayName("F15 429 without Retry-After, once: retried with jittered backoff, then success")
  void rateLimitedOnce() {
    start().stub.fault(USERINFO, HttpFault.status(429), 1);
    succeeds();
    assertThat(requestsTo(USERINFO)).hasSize(2);
  }

  @Test
  @DisplayName("F16 429 with Retry-After beyond the retry cap: RateLimitedException at once, not retried")
  void rateLimitedBeyondCap() {
    start().stub.fault(USERINFO, HttpFault.tooManyRequests("3600"));
    RateLimitedException failure = fails(RateLimitedException.class);
    assertThat(failure.retryAfter()).isPresent();
    assertThat(requestsTo(USERINFO)).hasSize(1);
  }

  @Test
  @DisplayName("F17 redirect to another host: not followed, UnexpectedStatusException(302), token not sent there")
  void redirectToAnotherHost() {
    start();
    List<String> elsewhere = new CopyOnWriteArrayList<>();
    HttpServer other = Stack.await(stack.serverVertx.createHttpServer(
            new HttpServerOptions().setHost("127.0.0.1").setPort(0))
        .requestHandler(request -> {
          elsewhere.add(request.path());
          request.response().end("{}");
        })
        .listen());
    stack.stub.fault(USERINFO, HttpFault.status(302,
        Map.of("Location", "http://127.0.0.1:" + other.actualPort() + USERINFO), ""));
    UnexpectedStatusException failure = fails(UnexpectedStatusException.class);
    assertThat(failure.status()).hasValue(302);
    assertThat(requestsTo(USERINFO)).hasSize(1);
    assertThat(elsewhere).isEmpty();
    Stack.await(other.close());
  }

  @Test
  @DisplayName("F18 redirect to the same server's other path: not followed either")
  void redirectSameHost() {
    start().stub.fault(USERINFO, HttpFault.redirect());
    fails(UnexpectedStatusException.class);
    assertThat(stack.stub.requests(RecordedRequest::isRedirectTarget)).isEmpty();
    assertThat(requestsTo(USERINFO)).hasSize(1);
  }

  @Test
  @DisplayName("F19 body over the limit, announced by Content-Length: InvalidResponseException, not retried, connection released")
  void oversizedAnnounced() {
    start(Stack.start(world -> {}, options -> options.maxBodyBytes(64 * 1024)));
    stack.stub.fault(USERINFO, HttpFault.oversizedBody(1024 * 1024));
    InvalidResponseException failure = fails(InvalidResponseException.class);
    assertThat(failure.getMessage()).contains("exceeds the limit");
    assertThat(requestsTo(USERINFO)).hasSize(1);
    Stack.await(stack.metrics.whenNoRequestInFlight());
  }

  @Test
  @DisplayName("F20 body over the limit, chunked without a length: InvalidResponseException, not retried, connection released")
  void oversizedChunked() {
    start(Stack.start(world -> {}, options -> options.maxBodyBytes(64 * 1024)));
    stack.stub.fault(USERINFO, HttpFault.oversizedChunkedBody(1024 * 1024));
    InvalidResponseException failure = fails(InvalidResponseException.class);
    assertThat(failure.getMessage()).contains("exceeds the limit");
    assertThat(requestsTo(USERINFO)).hasSize(1);
    Stack.await(stack.metrics.whenNoRequestInFlight());
  }

  @Test
  @DisplayName("F21 wrong content type (an HTML page with 200): InvalidResponseException, not retried")
  void htmlInsteadOfJson() {
    start().stub.fault(USERINFO, HttpFault.nonJsonBody());
    InvalidResponseException failure = fails(InvalidResponseException.class);
    assertThat(failure.bodyExcerpt().orElse("").length()).isLessThanOrEqualTo(203);
    assertThat(requestsTo(USERINFO)).hasSize(1);
  }

  @Test
  @DisplayName("F22 valid JSON labelled text/plain: decoded (the content type is not trusted either way)")
  void jsonWithWrongContentType() {
    start();
    stack.stub.fault(USERINFO, HttpFault.body(200, "text/plain",
        IdentityJsonCodec.create().encodeUserInfo(account.userInfo())));
    succeeds();
  }

  @Test
  @DisplayName("F23 invalid UTF-8 inside a JSON string: InvalidResponseException, not retried")
  void invalidUtf8() {
    start();
    byte[] prefix = "{\"sub\": \"acc_faultmatrix\", \"email\": \"ada".getBytes(StandardCharsets.US_ASCII);
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
    byte[] suffix = "@example.com\", \"cronofy.type\": \"account\"}".getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[prefix.length + bad.length + suffix.length];
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    System.arraycopy(bad, 0, body, prefix.length, bad.length);
    System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
    stack.stub.fault(USERINFO, HttpFault.body(200, "application/json; charset=utf-8", body));
    fails(InvalidResponseException.class);
    assertThat(requestsTo(USERINFO)).hasSize(1);
  }

  @Test
  @DisplayName("F24 TLS to a self-signed loopback server: refused (no trust-all), TransportException, no request reaches it")
  void selfSignedTls() {
    AtomicInteger served = new AtomicInteger();
    SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
    Vertx side = Vertx.vertx();
    HttpServer tls = Stack.await(side.createHttpServer(new HttpServerOptions()
            .setHost("127.0.0.1").setPort(0).setSsl(true).setKeyCertOptions(certificate.keyCertOptions()))
        .requestHandler(request -> {
          served.incrementAndGet();
          request.response().end("{}");
        })
        .listen());
    int port = tls.actualPort();
    try {
      // a generous attempt timeout: the first TLS handshake of a JVM loads and initialises a lot
      start(Stack.start(world -> {}, options -> options.baseUrl("https://localhost:" + port)
          .attemptTimeout(Duration.ofSeconds(30)).idleTimeout(Duration.ofSeconds(60))));
      TransportException failure = fails(TransportException.class);
      assertThat(failure.getMessage()).contains("TLS");
      assertThat(served).hasValue(0);
    } finally {
      Stack.await(side.close());
      certificate.delete();
    }
  }

  @Test
  @DisplayName("F25 refresh endpoint answering 503 during a 401: refresh retried, call fails with ServerErrorException, tokens kept")
  void refreshEndpointUnavailableDuring401() {
    start();
    stack.world.expire(tokens.accessToken());
    stack.stub.fault(TOKEN, HttpFault.status(503));
    AccountSession session = session();
    Throwable failure = Calls.failure(session.userInfo());
    assertThat(failure).isInstanceOf(ServerErrorException.class);
    assertThat(((ServerErrorException) failure).status()).hasValue(503);
    stack.secrets.assertAbsentFrom(failure);
    assertThat(stack.counted.refreshes).hasValue(FAST_ATTEMPTS);
    assertThat(session.tokens()).isSameAs(tokens);
    assertThat(stack.tokenStore.saved()).isEmpty();
  }

  @Test
  @DisplayName("F26 refresh endpoint resetting the connection during a 401: not retried (the refresh token may be spent), TransportException, tokens kept")
  void refreshEndpointResetDuring401() {
    start();
    stack.world.expire(tokens.accessToken());
    stack.stub.fault(TOKEN, HttpFault.reset());
    AccountSession session = session();
    Throwable failure = Calls.failure(session.userInfo());
    assertThat(failure).isInstanceOf(TransportException.class);
    stack.secrets.assertAbsentFrom(failure);
    assertThat(stack.counted.refreshes).hasValue(1);
    assertThat(session.tokens()).isSameAs(tokens);
  }

  @Test
  @DisplayName("F27 token store failing during rotation: TokenStoreException with the rotated set, previous tokens kept, the next call saves and uses the rotated set")
  void tokenStoreFailureKeepsPreviousTokens() {
    start(Stack.start(world -> world.revokeReplacedAccessTokens(false), options -> options));
    assertRotationSurvivesAStoreFailure();
  }

  @Test
  @DisplayName("F28 token store failing during rotation, server revoking replaced tokens: the next call still succeeds with the rotated set, no second refresh")
  void tokenStoreFailureWhenServerRevokedOldTokens() {
    start();
    assertRotationSurvivesAStoreFailure();
  }

  private void assertRotationSurvivesAStoreFailure() {
    stack.stub.fault(USERINFO, HttpFault.status(401), 1);
    stack.tokenStore.failNext(1);
    AccountSession session = session();
    Throwable failure = Calls.failure(session.userInfo());
    assertThat(failure).isInstanceOf(TokenStoreException.class);
    stack.secrets.assertAbsentFrom(failure);
    TokenSet rotated = ((TokenStoreException) failure).unsavedTokens().orElseThrow();
    stack.secrets.add(rotated);
    assertThat(session.tokens()).isSameAs(tokens);
    assertThat(stack.tokenStore.saved()).isEmpty();
    // the world rotated: the old refresh token is spent; the rotated set is what keeps the authorization
    assertThat(stack.world.isActive(tokens.refreshToken().orElseThrow())).isFalse();
    stack.stub.clearRequests();
    assertThat(Calls.value(session.userInfo())).isEqualTo(account.userInfo());
    assertThat(requestsTo(USERINFO)).singleElement().satisfies(request ->
        assertThat(request.header("Authorization")).hasValue("Bearer " + rotated.accessToken().value()));
    assertThat(requestsTo(TOKEN)).isEmpty();
    assertThat(session.tokens()).isEqualTo(rotated);
    assertThat(stack.tokenStore.saved()).singleElement().satisfies(saved -> assertThat(saved.tokens()).isEqualTo(rotated));
  }

  private List<Duration> backoffs() {
    // every call schedules its deadline (the call timeout); the rest are backoff waits
    return stack.scheduler.delays().stream()
        .filter(delay -> delay.compareTo(Duration.ofSeconds(20)) < 0)
        .toList();
  }
}
