package net.calkit.identity.vertx;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.calkit.identity.client.AccountSession;
import net.calkit.identity.client.IdentityClient;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.TokenSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("IdentityClient over VertxIdentityApi: concurrent 401s over real HTTP")
class SingleRefreshOverHttpTest extends AdapterTestBase {
  /** The access token of the example token answer ({@code token-refresh.json}). */
  private static final String NEW_TOKEN = "P531x88i05Ld2yXHIQ7WjiEyqlmOHsgI";

  @Test
  @DisplayName("50 concurrent calls with an expired token refresh exactly once, store once, and all succeed")
  void fiftyCallsOneRefresh() throws Exception {
    AtomicInteger refreshes = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    server.always((request, recorded) -> {
      if (recorded.uri().equals("/oauth/token")) {
        refreshes.incrementAndGet();
        answer(request, 200, example("token-refresh.json"));
      } else if (("Bearer " + NEW_TOKEN).equals(recorded.headers().get("Authorization"))) {
        answer(request, 200, example("account.json"));
      } else {
        rejected.incrementAndGet();
        answer(request, 401, "{}");
      }
    });
    Map<String, TokenSet> stored = new ConcurrentHashMap<>();
    AtomicInteger saves = new AtomicInteger();
    IdentityClient client = IdentityClient.builder(api(b -> b.maxPoolSize(8)))
        .clientCredentials(CLIENT)
        .scheduler(VertxScheduler.create(strict.vertx))
        .tokenStore((key, tokens) -> {
          saves.incrementAndGet();
          stored.put(key, tokens);
          return CompletableFuture.completedFuture(null);
        })
        .build();
    AccountSession session = client.session("account-1", TokenSet.of(TOKEN, REFRESH));

    List<CompletableFuture<Account>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(session.account().toCompletableFuture());
    }
    for (CompletableFuture<Account> call : calls) {
      assertThat(call.get(30, SECONDS).id().value()).isEqualTo("acc_5700a00eb0ccd07000000000");
    }

    assertThat(refreshes).as("POST /oauth/token requests").hasValue(1);
    assertThat(saves).as("token store saves").hasValue(1);
    assertThat(stored.get("account-1").accessToken()).isEqualTo(AccessToken.of(NEW_TOKEN));
    assertThat(session.tokens().accessToken()).isEqualTo(AccessToken.of(NEW_TOKEN));
    assertThat(rejected.get()).as("401s seen by the server").isBetween(1, 50);
  }

  private static void answer(HttpServerRequest request, int status, String body) {
    request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
  }
}
