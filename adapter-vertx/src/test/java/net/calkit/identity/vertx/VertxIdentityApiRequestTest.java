package net.calkit.identity.vertx;

import static net.calkit.identity.vertx.Await.failure;
import static net.calkit.identity.vertx.Await.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.AccountId;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.error.UnauthorizedException;
import net.calkit.identity.json.RefreshRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VertxIdentityApi: what goes on the wire and what comes back")
class VertxIdentityApiRequestTest extends AdapterTestBase {
  private static final String USER_AGENT = VertxIdentityOptions.DEFAULT_USER_AGENT;

  private void assertApiHeaders(TestServer.Recorded request) {
    assertThat(request.headers().get("Authorization")).isEqualTo("Bearer at_S3cretAccessToken");
    assertThat(request.headers().get("Accept")).isEqualTo("application/json");
    assertThat(request.headers().get("User-Agent")).isEqualTo(USER_AGENT).startsWith("calkit-identity/");
    assertThat(request.headers().getAll("Authorization")).hasSize(1);
  }

  @Test
  @DisplayName("userInfo sends GET /v1/userinfo with bearer, Accept and User-Agent, and decodes the body")
  void userInfo() throws Exception {
    server.enqueue(TestServer.json(200, example("userinfo-account.json")));

    UserInfo info = value(api().userInfo(TOKEN));

    assertThat(info).isEqualTo(CODEC.decodeUserInfo(exampleBytes("userinfo-account.json")));
    TestServer.Recorded request = server.takeRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.uri()).isEqualTo("/v1/userinfo");
    assertApiHeaders(request);
    assertThat(request.body()).isEmpty();
  }

  @Test
  @DisplayName("account sends GET /v1/account and decodes the account")
  void account() throws Exception {
    server.enqueue(TestServer.json(200, example("account.json")));

    Account account = value(api().account(TOKEN));

    assertThat(account.id()).isEqualTo(AccountId.of("acc_5700a00eb0ccd07000000000"));
    assertThat(account).isEqualTo(CODEC.decodeAccount(exampleBytes("account.json")));
    TestServer.Recorded request = server.takeRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.uri()).isEqualTo("/v1/account");
    assertApiHeaders(request);
  }

  @Test
  @DisplayName("profiles sends GET /v1/profiles and decodes every profile")
  void profiles() throws Exception {
    server.enqueue(TestServer.json(200, example("profiles.json")));

    List<CalendarProfile> profiles = value(api().profiles(TOKEN));

    assertThat(profiles).hasSize(2).isEqualTo(CODEC.decodeProfiles(exampleBytes("profiles.json")));
    TestServer.Recorded request = server.takeRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.uri()).isEqualTo("/v1/profiles");
    assertApiHeaders(request);
  }

  @Test
  @DisplayName("revokeProfile sends POST /v1/profiles/{id}/revoke without a body; 202 completes with null")
  void revoke() throws Exception {
    server.enqueue(TestServer.respond(202, java.util.Map.of(), ""));

    Void result = value(api().revokeProfile(TOKEN, PROFILE));

    assertThat(result).isNull();
    TestServer.Recorded request = server.takeRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri()).isEqualTo("/v1/profiles/pro_n23kjnwrw2/revoke");
    assertApiHeaders(request);
    assertThat(request.body()).isEmpty();
  }

  @Test
  @DisplayName("refresh sends POST /oauth/token with the JSON refresh body and no Authorization header")
  void refresh() throws Exception {
    server.enqueue(TestServer.json(200, example("token-refresh.json")));

    TokenResponse response = value(api().refresh(CLIENT, REFRESH));

    assertThat(response).isEqualTo(CODEC.decodeTokenResponse(exampleBytes("token-refresh.json")));
    TestServer.Recorded request = server.takeRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri()).isEqualTo("/oauth/token");
    assertThat(request.headers().contains("Authorization")).isFalse();
    assertThat(request.headers().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.headers().get("Accept")).isEqualTo("application/json");
    assertThat(request.headers().get("User-Agent")).isEqualTo(USER_AGENT);
    RefreshRequest sent = CODEC.decodeRefreshRequest(request.body());
    assertThat(sent.grantType()).isEqualTo("refresh_token");
    assertThat(sent.client()).isEqualTo(CLIENT);
    assertThat(sent.refreshToken()).isEqualTo(REFRESH);
  }

  @Test
  @DisplayName("paths go below the endpoint's path prefix")
  void pathPrefix() throws Exception {
    server.always(TestServer.json(200, example("account.json")));
    VertxIdentityApi api = api(builder -> builder.baseUrl(server.baseUrl() + "/cronofy/"));

    value(api.account(TOKEN));
    value(api.refresh(CLIENT, REFRESH).handle((v, e) -> null));

    assertThat(server.takeRequest().uri()).isEqualTo("/cronofy/v1/account");
    assertThat(server.takeRequest().uri()).isEqualTo("/cronofy/oauth/token");
  }

  @Test
  @DisplayName("a custom User-Agent is sent as given")
  void customUserAgent() throws Exception {
    server.enqueue(TestServer.json(200, example("account.json")));

    value(api(builder -> builder.userAgent("my-app/2.1 calkit")).account(TOKEN));

    assertThat(server.takeRequest().headers().get("User-Agent")).isEqualTo("my-app/2.1 calkit");
  }

  @Test
  @DisplayName("the Future face gives the same values and errors as the CompletionStage methods")
  void futureFace() throws Exception {
    // answered by path, not in order: the two calls are in flight at once on two connections, so which
    // request reaches the server first is a race
    TestServer.Responder account = TestServer.json(200, example("account.json"));
    TestServer.Responder unauthorized = TestServer.json(401, "{}");
    server.always((request, recorded) ->
        (recorded.uri().equals("/v1/account") ? account : unauthorized).respond(request, recorded));
    VertxIdentityFutures futures = api().futures();

    Future<Account> ok = futures.account(TOKEN);
    Future<List<CalendarProfile>> refused = futures.profiles(TOKEN);

    assertThat(value(ok.toCompletionStage()).id()).isEqualTo(AccountId.of("acc_5700a00eb0ccd07000000000"));
    assertThat(failure(refused.toCompletionStage())).isInstanceOf(UnauthorizedException.class);
  }

  @Test
  @DisplayName("one instance serves 100 concurrent calls from 8 threads over its bounded pool")
  void concurrentCalls() throws Exception {
    server.always(TestServer.json(200, example("account.json")));
    // generous deadlines: 100 calls queue on 4 connections of a loaded build machine
    VertxIdentityApi api = api(builder -> builder.maxPoolSize(4)
        .attemptTimeout(Duration.ofSeconds(60)).idleTimeout(Duration.ofSeconds(120))
        .poolAcquireTimeout(Duration.ofSeconds(60)));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<Account>> calls = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        calls.add(CompletableFuture.supplyAsync(() -> api.account(TOKEN), threads).thenCompose(stage -> stage));
      }
      Set<AccountId> ids = new HashSet<>();
      for (CompletableFuture<Account> call : calls) {
        ids.add(call.get(60, TimeUnit.SECONDS).id());
      }
      assertThat(ids).containsExactly(AccountId.of("acc_5700a00eb0ccd07000000000"));
      assertThat(server.requestCount()).isEqualTo(100);
    } finally {
      threads.shutdown();
      assertThat(threads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
  }
}
