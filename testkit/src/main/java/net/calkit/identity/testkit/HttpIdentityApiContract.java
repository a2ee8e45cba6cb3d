package net.calkit.identity.testkit;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.AccountId;
import net.calkit.identity.domain.ApiEndpoint;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.RelinkUrl;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.InvalidResponseException;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.domain.error.UnexpectedStatusException;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.fake.FakeCronofy;
import net.calkit.identity.fake.FakeEndpoint;
import net.calkit.identity.fake.Fault;
import net.calkit.identity.json.IdentityJsonCodec;
import net.calkit.identity.json.JsonLimits;
import net.calkit.identity.json.RefreshRequest;
import net.calkit.identity.ports.IdentityApi;
import net.calkit.identity.testkit.gen.IdentityGen;
import net.calkit.identity.testkit.gen.SeededRandom;
import net.calkit.identity.testkit.stub.CronofyStubServer;
import net.calkit.identity.testkit.stub.HttpFault;
import net.calkit.identity.testkit.stub.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The contract kit for HTTP adapters. Each test starts a {@link CronofyStubServer} on {@code 127.0.0.1},
 * port 0, serving a fresh fake world over the real wire format, hands its base URI to
 * {@link #createApi}, and checks both what the adapter returns and what it sent (method, path,
 * {@code Authorization}, {@code User-Agent}, bodies, redirects). A whole adapter test:
 *
 * <pre>{@code
 * class MyIdentityApiContractTest extends HttpIdentityApiContract {
 *   @Override
 *   protected IdentityApi createApi(URI baseUri) {
 *     return MyIdentityApi.create(baseUri);
 *   }
 * }
 * }</pre>
 *
 * <p>Besides the rules both kits check, this kit checks those of scope {@link ContractRule.Scope#HTTP}.
 * Every display name and failure message starts with the rule's ID; see {@code testkit/RULES.md}.
 */
public abstract non-sealed class HttpIdentityApiContract extends IdentityApiContract {
  private static final String JSON = "application/json; charset=utf-8";

  private @Nullable CronofyStubServer stub;

  /** For subclasses. */
  protected HttpIdentityApiContract() {}

  /**
   * A new adapter that sends every call below {@code baseUri} (such as {@code http://127.0.0.1:54321},
   * no trailing slash): {@code GET baseUri/v1/userinfo}, {@code POST baseUri/oauth/token} and so on. Must
   * not return null. Called once per test, on first use, so the subclass's own {@code @BeforeEach}
   * methods have run; the adapter is released by {@link #closeApi} after the test.
   */
  protected abstract IdentityApi createApi(URI baseUri);

  /**
   * Capability hook for DC-1: the base URI the adapter would use for {@code dataCenter} when no override
   * is given (for example {@code options.dataCenter(dc).endpoint().baseUri()}). Default: empty, and DC-1
   * is skipped. Return a value for every data center or for none.
   */
  protected Optional<URI> baseUriFor(DataCenter dataCenter) {
    return Optional.empty();
  }

  /**
   * The largest body the adapter accepts, in bytes; PARSE-6 sends one byte more. Default:
   * {@link JsonLimits#DEFAULT_MAX_BODY_BYTES}. Must be positive.
   */
  protected long maxBodyBytes() {
    return JsonLimits.DEFAULT_MAX_BODY_BYTES;
  }

  /**
   * Capability hook for CANCEL-1: whether cancelling the {@link java.util.concurrent.CompletableFuture}
   * of a returned stage abandons the HTTP request, as the port asks. Default: true; return false to skip
   * CANCEL-1 (with a message) for an adapter that cannot.
   */
  protected boolean supportsCancellation() {
    return true;
  }

  /** How many generated bodies PARSE-1 serves per endpoint. Default: 10. Must be positive. */
  protected int generatedBodies() {
    return 10;
  }

  @Override
  final void prepare(FakeCronofy world, ExtensionContext context) {
    stub = CronofyStubServer.start(KitLifecycle.sharedVertx(context), world);
  }

  @Override
  final IdentityApi open(FakeCronofy world) {
    return validated(createApi(stub().baseUri()), "createApi(URI)");
  }

  @Override
  final void shutDown() {
    CronofyStubServer running = stub;
    stub = null;
    if (running != null) {
      running.close();
    }
  }

  final CronofyStubServer stub() {
    return Objects.requireNonNull(stub, "the stub server runs only during a test");
  }

  private List<RecordedRequest> sentDuring(Runnable action) {
    stub().clearRequests();
    action.run();
    return stub().requests();
  }

  private static String line(RecordedRequest request) {
    return request.method() + " " + request.path();
  }

  private static List<String> lines(List<RecordedRequest> requests) {
    return requests.stream().map(HttpIdentityApiContract::line).toList();
  }

  @Nested
  @DisplayName("on the wire")
  class WireRules {
    @Test
    @DisplayName("WIRE-1 requests use the documented method and path, one request per call")
    void methodsAndPaths() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      AccessToken token = tokens.accessToken();
      expectSent("userInfo", List.of("GET /v1/userinfo"), () -> api().userInfo(token));
      expectSent("account", List.of("GET /v1/account"), () -> api().account(token));
      expectSent("profiles", List.of("GET /v1/profiles"), () -> api().profiles(token));
      expectSent("revokeProfile(pro_fe145c37de)", List.of("POST /v1/profiles/pro_fe145c37de/revoke"),
          () -> api().revokeProfile(token, ProfileId.of("pro_fe145c37de")));
      if (supportsRefresh()) {
        RefreshToken refreshToken = tokens.refreshToken().orElseThrow();
        expectSent("refresh", List.of("POST /oauth/token"), () -> api().refresh(CLIENT, refreshToken));
      }
    }

    private void expectSent(String what, List<String> expected, Supplier<? extends CompletionStage<?>> action) {
      List<RecordedRequest> sent = sentDuring(() -> call(ContractRule.WIRE_1, what, action));
      ContractRule.WIRE_1.check(what + ": requests sent", expected, lines(sent));
    }

    @Test
    @DisplayName("AUTH-1 every API call sends Authorization: Bearer <access token>")
    void bearerToken() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      List<RecordedRequest> sent = sentDuring(() -> {
        for (NamedCall call : v1Calls(tokens.accessToken(), ProfileId.of("pro_fe145c37de"))) {
          call(ContractRule.AUTH_1, call.name, call.action);
        }
      });
      ContractRule.AUTH_1.require(sent.size() >= 4, "requests sent: expected <4> but was <" + lines(sent) + ">");
      String expected = "Bearer " + tokens.accessToken().value();
      for (RecordedRequest request : sent) {
        List<String> values = request.headerValues("Authorization");
        ContractRule.AUTH_1.require(values.size() == 1 && values.get(0).equals(expected),
            line(request) + " Authorization: expected <[Bearer <the access token>]> but was <"
                + redact(values.toString()) + ">");
      }
    }

    @Test
    @DisplayName("WIRE-2 requests send a non-blank User-Agent")
    void userAgent() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      List<RecordedRequest> sent = sentDuring(() -> {
        for (NamedCall call : v1Calls(tokens.accessToken(), ProfileId.of("pro_fe145c37de"))) {
          call(ContractRule.WIRE_2, call.name, call.action);
        }
        if (supportsRefresh()) {
          RefreshToken refreshToken = tokens.refreshToken().orElseThrow();
          call(ContractRule.WIRE_2, "refresh", () -> api().refresh(CLIENT, refreshToken));
        }
      });
      for (RecordedRequest request : sent) {
        Optional<String> agent = request.header("User-Agent");
        ContractRule.WIRE_2.require(agent.filter(a -> !a.isBlank()).isPresent(),
            line(request) + " User-Agent: expected <a non-blank value> but was <" + agent.orElse("absent") + ">");
      }
    }

    @Test
    @DisplayName("REVOKE-2 revoke is a POST to /v1/profiles/{id}/revoke with a bearer token and no body")
    void revokeRequest() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      List<RecordedRequest> sent = sentDuring(() -> succeed(ContractRule.REVOKE_2, "revokeProfile(pro_n23kjnwrw2)",
          () -> api().revokeProfile(tokens.accessToken(), ProfileId.of("pro_n23kjnwrw2"))));
      ContractRule.REVOKE_2.check("requests sent", List.of("POST /v1/profiles/pro_n23kjnwrw2/revoke"), lines(sent));
      RecordedRequest revoke = sent.get(0);
      ContractRule.REVOKE_2.check("body length", 0, revoke.body().length);
      ContractRule.REVOKE_2.require(
          revoke.header("Authorization").equals(Optional.of("Bearer " + tokens.accessToken().value())),
          "Authorization: expected <Bearer <the access token>> but was <"
              + redact(revoke.header("Authorization").orElse("absent")) + ">");
    }

    @Test
    @DisplayName("REFRESH-4 refresh posts client_id, client_secret, grant_type and refresh_token, without Authorization")
    void refreshRequest() {
      Assumptions.assumeTrue(supportsRefresh(),
          "Skipping REFRESH-4: the adapter declares no refresh support; override supportsRefresh() to run");
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      RefreshToken refreshToken = tokens.refreshToken().orElseThrow();
      List<RecordedRequest> sent = sentDuring(() -> {
        TokenResponse answer = succeed(ContractRule.REFRESH_4, "refresh", () -> api().refresh(CLIENT, refreshToken));
        rememberAccess(answer.accessToken());
        answer.refreshToken().ifPresent(HttpIdentityApiContract.this::rememberRefresh);
      });
      ContractRule.REFRESH_4.check("requests sent", List.of("POST /oauth/token"), lines(sent));
      RecordedRequest request = sent.get(0);
      ContractRule.REFRESH_4.require(request.header("Authorization").isEmpty(),
          "Authorization header on /oauth/token: expected <absent> but was <"
              + redact(request.header("Authorization").orElse("")) + ">");
      RefreshRequest body = parseRefreshBody(request);
      ContractRule.REFRESH_4.check("grant_type", "refresh_token", body.grantType());
      ContractRule.REFRESH_4.check("client_id", CLIENT.clientId(), body.client().clientId());
      ContractRule.REFRESH_4.require(body.client().clientSecret().equals(CLIENT.clientSecret()),
          "client_secret: expected <the client's secret> but was <another value>");
      ContractRule.REFRESH_4.require(body.refreshToken().equals(refreshToken),
          "refresh_token: expected <the refresh token passed to refresh()> but was <another value>");
    }

    private RefreshRequest parseRefreshBody(RecordedRequest request) {
      String type = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      try {
        if (type.startsWith("application/json")) {
          return IdentityJsonCodec.create().decodeRefreshRequest(request.body());
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
          Map<String, String> form = new LinkedHashMap<>();
          for (String pair : request.bodyUtf8().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
              form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                  URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
          }
          return new RefreshRequest(form.getOrDefault("grant_type", ""),
              net.calkit.identity.domain.credentials.ClientCredentials.of(form.getOrDefault("client_id", "-"),
                  form.getOrDefault("client_secret", "-")),
              RefreshToken.of(form.getOrDefault("refresh_token", "-")));
        }
      } catch (RuntimeException malformed) {
        throw ContractRule.REFRESH_4.fail("body: expected <the four fields as JSON or form> but was <unparseable: "
            + malformed.getClass().getSimpleName() + ">");
      }
      throw ContractRule.REFRESH_4.fail("Content-Type: expected <application/json or "
          + "application/x-www-form-urlencoded> but was <" + type + ">");
    }

    @Test
    @DisplayName("REDIRECT-1 redirects are never followed")
    void redirectsNotFollowed() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      stub().fault("/v1/userinfo", HttpFault.redirect());
      Outcome<UserInfo> outcome = call(ContractRule.REDIRECT_1, "userInfo answered 302",
          () -> api().userInfo(tokens.accessToken()));
      List<RecordedRequest> followed = stub().requests(RecordedRequest::isRedirectTarget);
      ContractRule.REDIRECT_1.check("requests sent to the redirect target", List.of(), lines(followed));
      UnexpectedStatusException error = expectFailure(ContractRule.REDIRECT_1, "userInfo answered 302",
          UnexpectedStatusException.class, outcome);
      ContractRule.REDIRECT_1.check("status", 302, error.status().orElse(0));
      if (supportsRefresh()) {
        stub().fault("/oauth/token", HttpFault.redirect());
        RefreshToken refreshToken = tokens.refreshToken().orElseThrow();
        Outcome<TokenResponse> refresh = call(ContractRule.REDIRECT_1, "refresh answered 302",
            () -> api().refresh(CLIENT, refreshToken));
        ContractRule.REDIRECT_1.check("requests sent to the redirect target (refresh)", List.of(),
            lines(stub().requests(RecordedRequest::isRedirectTarget)));
        expectFailure(ContractRule.REDIRECT_1, "refresh answered 302", UnexpectedStatusException.class, refresh);
      }
    }

    @Test
    @DisplayName("DC-1 each data center maps to its own API host")
    void dataCenters() {
      Optional<URI> probe = baseUriFor(DataCenter.US);
      Assumptions.assumeTrue(probe != null && probe.isPresent(), "Skipping DC-1: the kit cannot see which host the "
          + "adapter uses per data center; override baseUriFor(DataCenter) to run");
      for (DataCenter dataCenter : DataCenter.values()) {
        Optional<URI> actual = baseUriFor(dataCenter);
        ContractRule.KIT_1.require(actual != null && actual.isPresent(),
            "baseUriFor(" + dataCenter + "): expected <a URI, as for us> but was <empty>");
        URI normalized;
        try {
          normalized = new ApiEndpoint(actual.get()).baseUri();
        } catch (IllegalArgumentException invalid) {
          throw ContractRule.DC_1.fail("baseUriFor(" + dataCenter + "): expected <" + dataCenter.apiBaseUri()
              + "> but was <" + actual.get() + "> (" + invalid.getMessage() + ")");
        }
        ContractRule.DC_1.check("base URI of data center " + dataCenter.id(), dataCenter.apiBaseUri(), normalized);
      }
    }

    @Test
    @DisplayName("CANCEL-1 cancelling the stage abandons the request")
    void cancellationAbandonsTheRequest() throws Exception {
      Assumptions.assumeTrue(supportsCancellation(), "Skipping CANCEL-1: the adapter declares that cancelling "
          + "does not abandon the request; override supportsCancellation() to return true to run");
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      IdentityApi adapter = api();
      stub().fault("/v1/profiles", HttpFault.delay(kitTimeout().multipliedBy(4)));
      CompletionStage<java.util.List<CalendarProfile>> stage = adapter.profiles(tokens.accessToken());
      ContractRule.STAGE_1.require(stage != null, "profiles returned <null>: expected <a stage>");
      java.util.concurrent.CompletableFuture<java.util.List<CalendarProfile>> future;
      try {
        future = stage.toCompletableFuture();
      } catch (UnsupportedOperationException notAFuture) {
        throw ContractRule.CANCEL_1.fail("toCompletableFuture(): expected <a cancellable future> but was <"
            + "UnsupportedOperationException> (or override supportsCancellation() to return false)");
      }
      // wait until the request has reached the server, so the cancel is of an attempt in flight
      call(ContractRule.CANCEL_1, "profiles: the request reaching the server", () -> stub().received("/v1/profiles"));
      future.cancel(true);
      Outcome<Void> abandoned = call(ContractRule.CANCEL_1, "profiles cancelled while the server delays its answer",
          () -> stub().abandoned("/v1/profiles"));
      ContractRule.CANCEL_1.require(!abandoned.failed(), "the request after cancel(): expected <abandoned> but was <"
          + (abandoned.failed() ? describe(abandoned.error()) : "") + ">");
    }

    @Test
    @DisplayName("STAGE-2 the call does not block the caller")
    void doesNotBlock() {
      FakeAccount jane = seedJane();
      TokenSet tokens = tokensOf(jane);
      IdentityApi adapter = api();
      stub().fault("/v1/userinfo", HttpFault.delay(kitTimeout()));
      AtomicBoolean completed = new AtomicBoolean();
      CompletionStage<UserInfo> stage;
      try {
        stage = adapter.userInfo(tokens.accessToken());
      } catch (RuntimeException thrown) {
        throw ContractRule.STAGE_1.fail("userInfo threw <" + thrown.getClass().getName()
            + "> synchronously: expected <a stage>");
      }
      ContractRule.STAGE_1.require(stage != null, "userInfo returned <null>: expected <a stage>");
      stage.whenComplete((value, error) -> completed.set(true));
      ContractRule.STAGE_2.require(!completed.get(), "userInfo against a server that answers after "
          + kitTimeout().toMillis() + " ms: expected <the call to return an incomplete stage> but was <a stage "
          + "already complete when the call returned: the call blocked the caller>");
    }
  }

  @Nested
  @DisplayName("bodies and connections")
  class BodyRules {
    @Test
    @DisplayName("PARSE-1 unknown attributes are ignored, at every level (generated bodies)")
    void unknownAttributes() {
      int count = HttpIdentityApiContract.this.generatedBodies();
      ContractRule.KIT_1.require(count > 0, "generatedBodies(): expected <a positive number> but was <" + count + ">");
      long seed = SeededRandom.seed();
      IdentityGen gen = IdentityGen.seeded(seed);
      FakeAccount jane = seedJane();
      AccessToken token = tokensOf(jane).accessToken();
      String seedText = SeededRandom.describe(seed);
      for (int i = 0; i < count; i++) {
        UserInfo info = gen.userInfo();
        stub().fault("/v1/userinfo", HttpFault.body(200, JSON, gen.userInfoBody(info).json()), 1);
        ContractRule.PARSE_1.check("userinfo body #" + i + ", " + seedText, info,
            succeed(ContractRule.PARSE_1, "userInfo (generated body #" + i + ", " + seedText + ")",
                () -> api().userInfo(token)));
        Account account = gen.account();
        stub().fault("/v1/account", HttpFault.body(200, JSON, gen.accountBody(account).json()), 1);
        ContractRule.PARSE_1.check("account body #" + i + ", " + seedText, account,
            succeed(ContractRule.PARSE_1, "account (generated body #" + i + ", " + seedText + ")",
                () -> api().account(token)));
        List<CalendarProfile> profiles = gen.calendarProfiles();
        stub().fault("/v1/profiles", HttpFault.body(200, JSON, gen.profilesBody(profiles).json()), 1);
        ContractRule.PARSE_1.check("profiles body #" + i + ", " + seedText, profiles,
            succeed(ContractRule.PARSE_1, "profiles (generated body #" + i + ", " + seedText + ")",
                () -> api().profiles(token)));
        if (supportsRefresh()) {
          TokenResponse tokens = gen.tokenResponse();
          rememberAccess(tokens.accessToken());
          tokens.refreshToken().ifPresent(HttpIdentityApiContract.this::rememberRefresh);
          stub().fault("/oauth/token", HttpFault.body(200, JSON, gen.tokenResponseBody(tokens).json()), 1);
          RefreshToken anyRefresh = RefreshToken.of("rt_generated_" + i);
          ContractRule.PARSE_1.check("token body #" + i + ", " + seedText, tokens,
              succeed(ContractRule.PARSE_1, "refresh (generated body #" + i + ", " + seedText + ")",
                  () -> api().refresh(CLIENT, anyRefresh)));
        }
      }
    }

    @Test
    @DisplayName("PARSE-3 legacy bodies without the newer attributes parse (documented examples)")
    void legacyBodies() {
      FakeAccount jane = seedJane();
      AccessToken token = tokensOf(jane).accessToken();
      stub().fault("/v1/profiles", HttpFault.body(200, JSON, LEGACY_PROFILES.getBytes(StandardCharsets.UTF_8)), 1);
      List<CalendarProfile> expected = List.of(
          CalendarProfile.of(ProfileId.of("pro_n23kjnwrw2")).withProvider(CalendarProvider.GOOGLE, Optional.empty())
              .withName("example@cronofy.com").asConnected(),
          CalendarProfile.of(ProfileId.of("pro_fe145c37de")).withProvider(CalendarProvider.APPLE, Optional.empty())
              .withName("example@cronofy.com")
              .asDisconnected(Optional.of(RelinkUrl.of("https://app.cronofy.com/relink/apple?email=example@cronofy.com"))));
      ContractRule.PARSE_3.check("profiles-legacy.json", expected,
          succeed(ContractRule.PARSE_3, "profiles (profiles-legacy.json)", () -> api().profiles(token)));
      stub().fault("/v1/account", HttpFault.body(200, JSON, LEGACY_ACCOUNT.getBytes(StandardCharsets.UTF_8)), 1);
      ContractRule.PARSE_3.check("account without scope, name, default_tzid and sub",
          new Account(AccountId.of(JANE), Optional.of("janed@company.com"), Optional.empty(), Optional.empty(),
              Optional.empty(), Optional.empty()),
          succeed(ContractRule.PARSE_3, "account (legacy body)", () -> api().account(token)));
    }

    @Test
    @DisplayName("PARSE-5 a malformed success body fails with InvalidResponseException")
    void malformedBodies() {
      FakeAccount jane = seedJane();
      AccessToken token = tokensOf(jane).accessToken();
      stub().fault("/v1/userinfo", HttpFault.nonJsonBody(), 1);
      failWith(ContractRule.PARSE_5, "userInfo answered an HTML page", InvalidResponseException.class,
          () -> api().userInfo(token));
      stub().fault("/v1/profiles", HttpFault.body(200, JSON,
          "{\"profiles\":[{\"profile_id\":\"pro_1\",".getBytes(StandardCharsets.UTF_8)), 1);
      failWith(ContractRule.PARSE_5, "profiles answered truncated JSON", InvalidResponseException.class,
          () -> api().profiles(token));
      stub().fault("/v1/profiles", HttpFault.body(200, JSON,
          "{\"profiles\":[{\"profile_id\":42}]}".getBytes(StandardCharsets.UTF_8)), 1);
      failWith(ContractRule.PARSE_5, "profiles answered a number as profile_id", InvalidResponseException.class,
          () -> api().profiles(token));
      stub().fault("/v1/account", HttpFault.body(200, JSON, new byte[0]), 1);
      failWith(ContractRule.PARSE_5, "account answered an empty body", InvalidResponseException.class,
          () -> api().account(token));
      stub().fault("/v1/userinfo", HttpFault.body(200, JSON, "[]".getBytes(StandardCharsets.UTF_8)), 1);
      failWith(ContractRule.PARSE_5, "userInfo answered an array", InvalidResponseException.class,
          () -> api().userInfo(token));
    }

    @Test
    @DisplayName("PARSE-6 an oversized body fails with InvalidResponseException, announced or chunked")
    void oversizedBodies() {
      long limit = maxBodyBytes();
      ContractRule.KIT_1.require(limit > 0, "maxBodyBytes(): expected <a positive number> but was <" + limit + ">");
      FakeAccount jane = seedJane();
      AccessToken token = tokensOf(jane).accessToken();
      stub().fault("/v1/profiles", HttpFault.oversizedBody(limit + 1), 1);
      failWith(ContractRule.PARSE_6, "profiles answered " + (limit + 1) + " bytes with Content-Length",
          InvalidResponseException.class, () -> api().profiles(token));
      stub().fault("/v1/profiles", HttpFault.oversizedChunkedBody(limit + 1), 1);
      failWith(ContractRule.PARSE_6, "profiles answered " + (limit + 1) + " bytes, chunked",
          InvalidResponseException.class, () -> api().profiles(token));
    }

    @Test
    @DisplayName("ERR-IO a reset connection or truncated body fails with TransportException")
    void transportFailures() {
      FakeAccount jane = seedJane();
      AccessToken token = tokensOf(jane).accessToken();
      // persistent: a client may resend an idempotent request once on a connection that closed unanswered
      stub().fault("/v1/userinfo", HttpFault.reset());
      failWith(ContractRule.ERR_IO, "userInfo: connection closed without an answer", TransportException.class,
          () -> api().userInfo(token));
      stub().fault("/v1/profiles", HttpFault.truncatedBody());
      failWith(ContractRule.ERR_IO, "profiles: body cut short of its Content-Length", TransportException.class,
          () -> api().profiles(token));
      stub().clearFaults();
      world().injectFault(FakeEndpoint.ACCOUNT, 2, Fault.transport());
      failWith(ContractRule.ERR_IO, "account: connection dropped by the world's transport fault",
          TransportException.class, () -> api().account(token));
      world().clearFaults();
      succeed(ContractRule.ERR_IO, "account after the faults (the adapter recovers)", () -> api().account(token));
    }
  }

  private static final String LEGACY_PROFILES = "{\"profiles\":[{\"provider_name\":\"google\","
      + "\"profile_id\":\"pro_n23kjnwrw2\",\"profile_name\":\"example@cronofy.com\",\"profile_connected\":true},"
      + "{\"provider_name\":\"apple\",\"profile_id\":\"pro_fe145c37de\",\"profile_name\":\"example@cronofy.com\","
      + "\"profile_connected\":false,"
      + "\"profile_relink_url\":\"https://app.cronofy.com/relink/apple?email=example@cronofy.com\"}]}";

  private static final String LEGACY_ACCOUNT =
      "{\"account\":{\"account_id\":\"" + JANE + "\",\"email\":\"janed@company.com\"}}";
}
