package net.calkit.identity.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.ports.IdentityApi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the README example compiles, runs, and matches the README")
class ReadmeExampleTest {
  private static final String BEGIN = "// README-BEGIN";
  private static final String END = "// README-END";

  /** An adapter that refuses the first access token, so the example also shows the refresh and the store. */
  private static IdentityApi someAdapter() {
    ScriptedIdentityApi api = new ScriptedIdentityApi();
    api.userInfo.thenFail(Fixture.unauthorized()).thenReturn(Fixture.ME);
    api.refresh.thenReturn(Fixture.rotated());
    return api;
  }

  @Test
  @DisplayName("building a client over an adapter and calling session.userInfo()")
  void example() throws Exception {
    // README-BEGIN
    IdentityApi api = someAdapter(); // adapter-vertx, adapter-fake, or your own adapter
    Map<String, TokenSet> database = new ConcurrentHashMap<>();

    IdentityClient client = IdentityClient.builder(api)
        .clientCredentials(ClientCredentials.of("my-client-id", "my-client-secret"))
        .tokenStore((key, tokens) -> CompletableFuture.runAsync(() -> database.put(key, tokens)))
        .build();

    // one session per authorization, shared by every caller acting for it
    AccountSession session = client.session("account-42",
        TokenSet.of(AccessToken.of("my-access-token"), RefreshToken.of("my-refresh-token")));

    UserInfo me = session.userInfo() // refreshes on 401, stores the rotated tokens, replays once
        .toCompletableFuture()
        .get(5, TimeUnit.SECONDS); // blocking is for this example only: never block an event loop
    // README-END

    assertThat(me).isEqualTo(Fixture.ME);
    assertThat(database).containsEntry("account-42", session.tokens());
    assertThat(session.tokens().accessToken()).isEqualTo(Fixture.NEW_ACCESS);
  }

  @Test
  @DisplayName("the README shows exactly the code of this test")
  void readmeMatchesThisTest() throws IOException {
    String test = Files.readString(
        Path.of("src/test/java/net/calkit/identity/client/ReadmeExampleTest.java"));
    String snippet = test.substring(test.indexOf(BEGIN + "\n") + BEGIN.length() + 1, test.indexOf("    " + END));
    String readme = Files.readString(Path.of("README.md"));

    assertThat(normalize(readme)).contains(normalize(snippet));
  }

  private static String normalize(String code) {
    return code.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
  }
}
