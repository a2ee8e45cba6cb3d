package net.calkit.identity.vertx;

import net.calkit.identity.domain.error.IdentityException;
import java.util.concurrent.CompletionException;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.calkit.identity.client.AccountSession;
import net.calkit.identity.client.IdentityClient;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the README example")
class ReadmeExampleTest {
  private static final String BEGIN = "// README-BEGIN";
  private static final String END = "// README-END";
  private static final String NEW_TOKEN = "P531x88i05Ld2yXHIQ7WjiEyqlmOHsgI";

  @Test
  @DisplayName("a Vert.x app serves calendar profiles through IdentityClient + VertxIdentityApi + VertxScheduler")
  void example() throws Exception {
    Vertx vertx = Vertx.vertx();
    try (TestServer cronofy = TestServer.start(vertx)) {
      cronofy.always((request, recorded) -> {
        if (recorded.uri().equals("/oauth/token")) {
          request.response().end(AdapterTestBase.example("token-refresh.json"));
        } else if (("Bearer " + NEW_TOKEN).equals(recorded.headers().get("Authorization"))) {
          request.response().end(AdapterTestBase.example("profiles.json"));
        } else {
          request.response().setStatusCode(401).end();
        }
      });
      // in production: VertxIdentityOptions.of(DataCenter.UK), or defaults() for the US
      VertxIdentityOptions options = VertxIdentityOptions.builder().endpoint(cronofy.endpoint()).build();
      Map<String, TokenSet> database = new ConcurrentHashMap<>();
      int appPort = 0;

      // README-BEGIN
      // one adapter (one connection pool) and one client for the whole application
      VertxIdentityApi api = VertxIdentityApi.create(vertx, options);
      IdentityClient client = IdentityClient.builder(api)
          .clientCredentials(ClientCredentials.of("my-client-id", "my-client-secret"))
          .tokenStore((key, tokens) -> CompletableFuture.runAsync(() -> database.put(key, tokens)))
          .scheduler(VertxScheduler.create(vertx)) // backoff and deadlines on Vert.x timers
          .build();

      // one session per authorization, shared by every request acting for it
      AccountSession session = client.session("account-42",
          TokenSet.of(AccessToken.of("my-access-token"), RefreshToken.of("my-refresh-token")));

      HttpServer app = vertx.createHttpServer()
          .requestHandler(request -> session.profiles().whenComplete((profiles, failure) -> {
            // on the event loop: no blocking here
            if (failure != null) {
              request.response().setStatusCode(502).end("calendar service: " + kindOf(failure));
            } else {
              request.response().end(profiles.size() + " calendar profiles");
            }
          }));
      app.listen(appPort).await(); // from main(); in a verticle, return this future from start()
      // README-END

      HttpClient browser = vertx.createHttpClient();
      String page = browser.request(HttpMethod.GET, app.actualPort(), "127.0.0.1", "/")
          .compose(request -> request.send())
          .compose(response -> response.statusCode() == 200
              ? response.body()
              : Future.failedFuture("status " + response.statusCode()))
          // a hang guard: unlike the other adapter tests this one may run first, in a cold JVM, where the
          // first call, its refresh and the replay took seconds on a loaded machine
          .toCompletionStage().toCompletableFuture().get(60, SECONDS).toString();

      assertThat(page).isEqualTo("2 calendar profiles");
      assertThat(database.get("account-42").accessToken()).isEqualTo(AccessToken.of(NEW_TOKEN));
      api.close().await();
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, SECONDS);
    }
  }

  @Test
  @DisplayName("the README shows exactly the code of this test")
  void readmeMatchesThisTest() throws IOException {
    String test = Files.readString(Path.of("src/test/java/net/calkit/identity/vertx/ReadmeExampleTest.java"));
    String snippet = test.substring(test.indexOf(BEGIN + "\n") + BEGIN.length() + 1, test.indexOf("      " + END));
    String readme = Files.readString(Path.of("README.md"));

    assertThat(normalize(readme)).contains(normalize(snippet));
  }

  private static String normalize(String code) {
    return code.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
  }

  /** The README's {@code kindOf}: a failure's kind for end users; messages carry body excerpts and are for logs. */
  static String kindOf(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    return cause instanceof IdentityException ? ((IdentityException) cause).kind().label() : "unavailable";
  }
}
