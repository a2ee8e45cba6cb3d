package net.calkit.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.calkit.identity.cli.CliHarness.Result;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.testkit.stub.HttpFault;
import net.calkit.identity.testkit.stub.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real entry point, the real Vert.x adapter and the testkit's stub server on 127.0.0.1. */
class CliEndToEndTest {
  private static Vertx vertx;
  private CliHarness cli;

  @BeforeAll
  static void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stopVertx() throws Exception {
    CliHarness.await(vertx.close());
  }

  @BeforeEach
  void startServer() {
    cli = new CliHarness(vertx);
  }

  @AfterEach
  void stopServer() {
    cli.close();
  }

  private List<RecordedRequest> requests(String path) {
    return cli.server.requests(r -> r.path().equals(path));
  }

  @Nested
  @DisplayName("commands")
  class Commands {
    @Test
    @DisplayName("status lists profiles to relink with their URLs, profiles still syncing and same-name profiles")
    void status() {
      Result result = cli.runWithToken("status");

      assertThat(result.code()).as("%s", result).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.out())
          .contains("Avery Demo <avery@demo.example> (acc_5f3a7b2c9d1e4f6a8b0c2d4e)")
          .contains("Needs attention (3)")
          .containsPattern("calendar +avery@demo.example \\(Microsoft 365\\) +needs relink +https://app.cronofy.com/")
          .containsPattern("conferencing +avery@demo.example \\(Microsoft Teams\\) +needs relink +https://")
          .containsPattern("calendar +avery@icloud.example +initial sync pending")
          .contains("Profiles sharing a name (4)");
      assertThat(requests("/v1/userinfo")).hasSize(1);
      assertThat(requests("/v1/userinfo").get(0).header("Authorization"))
          .contains("Bearer " + cli.tokens.accessToken().value());
    }

    @Test
    @DisplayName("userinfo shows the identity and both profile tables")
    void userinfo() {
      Result result = cli.runWithToken("userinfo");

      assertThat(result.code()).as("%s", result).isZero();
      assertThat(result.out()).startsWith("Identity\n").contains("  Name           Avery Demo\n")
          .contains("Calendar profiles (4)").contains("Google Workspace").contains("Conferencing profiles (2)");
    }

    @Test
    @DisplayName("account shows the account")
    void account() {
      Result result = cli.runWithToken("account");

      assertThat(result.code()).as("%s", result).isZero();
      assertThat(result.out()).startsWith("Account\n").contains("acc_5f3a7b2c9d1e4f6a8b0c2d4e")
          .contains("Europe/London");
      assertThat(requests("/v1/account")).hasSize(1);
    }

    @Test
    @DisplayName("profiles lists the calendar profiles with provider and service display names")
    void profiles() {
      Result result = cli.runWithToken("profiles");

      assertThat(result.code()).as("%s", result).isZero();
      assertThat(result.out()).startsWith("Calendar profiles (4)\n")
          .containsPattern("pro_demoo365 +Microsoft Exchange +Microsoft 365 +avery@demo.example \\(Microsoft 365\\)"
              + " +needs relink +https://");
      assertThat(requests("/v1/profiles")).hasSize(1);
    }

    @Test
    @DisplayName("conferencing lists the conferencing profiles")
    void conferencing() {
      Result result = cli.runWithToken("conferencing");

      assertThat(result.code()).as("%s", result).isZero();
      assertThat(result.out()).startsWith("Conferencing profiles (2)\n")
          .containsPattern("pro_demoteams +Microsoft Teams +.* +needs relink +https://");
    }

    @Test
    @DisplayName("revoke revokes one profile: it is gone from the next listing")
    void revoke() {
      Result result = cli.runWithToken("revoke", "pro_demogmail");
      Result after = cli.runWithToken("profiles");

      assertThat(result.code()).as("%s", result).isZero();
      assertThat(result.out()).isEqualTo("Revoked the authorization to profile pro_demogmail.\n");
      assertThat(requests("/v1/profiles/pro_demogmail/revoke")).hasSize(1);
      assertThat(after.out()).doesNotContain("pro_demogmail").contains("Calendar profiles (3)");
    }

    @Test
    @DisplayName("the environment supplies the token; --timeout and --data-center are accepted with --base-url")
    void environment() {
      Result result = cli.run(Map.of("CRONOFY_ACCESS_TOKEN", cli.tokens.accessToken().value(),
          "CRONOFY_DATA_CENTER", "UK"), "--base-url", cli.baseUrl(), "--timeout", "60", "account");

      assertThat(result.code()).as("%s", result).isZero();
      assertThat(result.err()).isEmpty();
    }
  }

  @Nested
  @DisplayName("--json re-encodes what the library parsed in the API's own shape")
  class Json {
    private Object runJson(String path, String example, String command) {
      cli.server.fault(path, HttpFault.status(200, Map.of("Content-Type", "application/json; charset=utf-8"),
          CliHarness.resource(example)));
      Result result = cli.runWithToken(command, "--json");
      assertThat(result.code()).as("%s", result).isZero();
      assertThat(result.out()).endsWith("\n");
      return JsonTree.parse(result.out());
    }

    @ParameterizedTest(name = "{1} --json round-trips {0}")
    @CsvSource({
        "userinfo-account.json, userinfo, /v1/userinfo",
        "userinfo-account-legacy.json, userinfo, /v1/userinfo",
        "userinfo-conferencing-profiles.json, userinfo, /v1/userinfo",
        "account.json, account, /v1/account",
        "profiles.json, profiles, /v1/profiles",
        "profiles-legacy.json, profiles, /v1/profiles"})
    void roundTrip(String example, String command, String path) {
      Object printed = runJson(path, example, command);

      assertThat(printed).isEqualTo(JsonTree.parse(CliHarness.resource(example)));
    }

    @Test
    @DisplayName("conferencing --json is {\"conferencing_profiles\": [...]} as in the userinfo body")
    @SuppressWarnings("unchecked")
    void conferencing() {
      Object printed = runJson("/v1/userinfo", "userinfo-conferencing-profiles.json", "conferencing");

      Map<String, Object> body = (Map<String, Object>) JsonTree.parse(
          CliHarness.resource("userinfo-conferencing-profiles.json"));
      Object expected = ((Map<String, Object>) body.get("cronofy.data")).get("conferencing_profiles");
      assertThat(printed).isEqualTo(Map.of("conferencing_profiles", expected));
    }

    @Test
    @DisplayName("unknown enum values come back verbatim; absent fields stay absent")
    void unknownValues() {
      String body = "{\"profiles\":[{\"provider_name\":\"future_provider\",\"provider_service\":\"future_service\","
          + "\"profile_id\":\"pro_x\"}]}";
      cli.server.fault("/v1/profiles", HttpFault.status(200, Map.of("Content-Type", "application/json"), body));

      Result result = cli.runWithToken("profiles", "--json");

      assertThat(result.code()).as("%s", result).isZero();
      assertThat(JsonTree.parse(result.out())).isEqualTo(JsonTree.parse(body));
    }

    @Test
    @DisplayName("status --json lists what needs attention")
    @SuppressWarnings("unchecked")
    void status() {
      Result result = cli.runWithToken("status", "--json");

      assertThat(result.code()).as("%s", result).isZero();
      Map<String, Object> json = (Map<String, Object>) JsonTree.parse(result.out());
      assertThat(json.get("sub")).isEqualTo("acc_5f3a7b2c9d1e4f6a8b0c2d4e");
      List<Map<String, Object>> attention = (List<Map<String, Object>>) json.get("needs_attention");
      assertThat(attention).extracting(a -> a.get("profile_id"))
          .containsExactly("pro_demoo365", "pro_demoteams", "pro_demoicloud");
      assertThat(attention).extracting(a -> a.get("state"))
          .containsExactly("needs_relink", "needs_relink", "initial_sync_pending");
      assertThat(attention.get(0).get("relink_url").toString()).startsWith("https://");
      assertThat(attention.get(2)).doesNotContainKey("relink_url");
    }

    @Test
    @DisplayName("revoke --json confirms the profile")
    void revoke() {
      Result result = cli.runWithToken("revoke", "pro_demogmail", "--json");

      assertThat(result.code()).as("%s", result).isZero();
      assertThat(JsonTree.parse(result.out())).isEqualTo(Map.of("profile_id", "pro_demogmail", "revoked", true));
    }
  }

  @Nested
  @DisplayName("exit codes")
  class ExitCodesFromFaults {
    private Result failing(String path, HttpFault fault, String... command) {
      cli.server.fault(path, fault);
      Result result = cli.runWithToken(command);
      assertThat(result.out()).as("%s", result).isEmpty();
      assertThat(result.err().lines().count()).as("one error line; %s", result).isEqualTo(1);
      return result;
    }

    @ParameterizedTest(name = "HTTP {0} -> exit {1}")
    @CsvSource({
        "401, 3, unauthorized (HTTP 401)",
        "403, 4, insufficient scope (HTTP 403)",
        "404, 9, not found (HTTP 404)",
        "402, 10, payment required (HTTP 402)",
        "422, 10, invalid request (HTTP 422)",
        "423, 10, locked (HTTP 423)",
        "418, 10, unexpected status (HTTP 418)"})
    void statuses(int status, int code, String line) {
      Result result = failing("/v1/userinfo", HttpFault.status(status), "status");

      assertThat(result.code()).as("%s", result).isEqualTo(code);
      assertThat(result.err()).startsWith("error: " + line);
    }

    @Test
    @DisplayName("429 on every attempt: exit 5 after the retries")
    void rateLimited() {
      Result result = failing("/v1/userinfo", HttpFault.tooManyRequests("0"), "status");

      assertThat(result.code()).as("%s", result).isEqualTo(5);
      assertThat(result.err()).startsWith("error: rate limited (HTTP 429)");
      assertThat(requests("/v1/userinfo")).hasSize(RetryPolicyAttempts.DEFAULT);
    }

    @Test
    @DisplayName("503 on every attempt: exit 6 after the retries")
    void serverError() {
      Result result = failing("/v1/userinfo", HttpFault.status(503), "status");

      assertThat(result.code()).as("%s", result).isEqualTo(6);
      assertThat(result.err()).startsWith("error: server error (HTTP 503)");
      assertThat(requests("/v1/userinfo")).hasSize(RetryPolicyAttempts.DEFAULT);
    }

    @Test
    @DisplayName("a reset connection: exit 7")
    void reset() {
      Result result = failing("/v1/userinfo", HttpFault.reset(), "status");

      assertThat(result.code()).as("%s", result).isEqualTo(7);
      assertThat(result.err()).startsWith("error: transport failure");
    }

    @Test
    @DisplayName("a refused connection: exit 7")
    void refused() throws Exception {
      // bound but never listening: connections are refused, and no other socket can take the port meanwhile
      try (java.net.Socket holder = new java.net.Socket()) {
        holder.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
        int port = holder.getLocalPort();

        // a generous --timeout: the refusals must end the call, not the deadline
        Result result = cli.run(Map.of(), "--base-url", "http://127.0.0.1:" + port, "--token", "t0k3n", "--timeout",
            "60", "account");

        assertThat(result.code()).as("%s", result).isEqualTo(7);
        assertThat(result.err()).isEqualTo("error: transport failure: could not talk to 127.0.0.1 (connection refused,"
            + " reset or TLS failure)\n");
      }
    }

    @Test
    @DisplayName("no answer within --timeout: exit 7")
    void timeout() {
      cli.server.fault("/v1/userinfo", HttpFault.delay(Duration.ofSeconds(30)));

      Result result = cli.runWithToken("--timeout", "0.3", "status");

      assertThat(result.code()).as("%s", result).isEqualTo(7);
      assertThat(result.err()).startsWith("error: timeout");
    }

    @Test
    @DisplayName("a malformed, non-JSON, truncated or oversized body: exit 8")
    void invalidResponse() {
      for (HttpFault fault : List.of(
          HttpFault.status(200, Map.of("Content-Type", "application/json"), "{\"sub\": "),
          HttpFault.nonJsonBody(),
          HttpFault.oversizedBody(9L * 1024 * 1024))) {
        cli.server.clearFaults();
        Result result = failing("/v1/userinfo", fault, "status");
        assertThat(result.code()).as("%s: %s", fault, result).isEqualTo(8);
        assertThat(result.err()).startsWith("error: invalid response");
      }
    }

    @Test
    @DisplayName("a redirect is not followed: exit 10")
    void redirect() {
      Result result = failing("/v1/account", HttpFault.redirect(), "account");

      assertThat(result.code()).as("%s", result).isEqualTo(10);
      assertThat(result.err()).startsWith("error: unexpected status (HTTP 3").contains("redirect");
      assertThat(cli.server.requests(r -> r.path().startsWith("/__redirect_target"))).isEmpty();
    }

    @Test
    @DisplayName("revoking an unknown profile: exit 9")
    void revokeUnknown() {
      Result result = cli.runWithToken("revoke", "pro_nosuchprofile");

      assertThat(result.code()).as("%s", result).isEqualTo(9);
      assertThat(result.err()).isEqualTo("error: not found (HTTP 404): no profile pro_nosuchprofile\n");
    }

    @Test
    @DisplayName("a locked account in the fake world: exit 10")
    void locked() {
      cli.account.lock();

      Result result = cli.runWithToken("status");

      assertThat(result.code()).as("%s", result).isEqualTo(10);
      assertThat(result.err()).startsWith("error: locked (HTTP 423)");
    }
  }

  /** The retry policy's attempts, named for the assertions. */
  static final class RetryPolicyAttempts {
    static final int DEFAULT = CliHarness.FAST_RETRIES.maxAttempts();

    private RetryPolicyAttempts() {}
  }

  @Nested
  @DisplayName("refresh and the token file")
  class Refresh {
    @TempDir
    Path dir;

    private Path tokenFile(String access, String refresh) throws Exception {
      Path file = dir.resolve("tokens.json");
      Files.writeString(file, "{\"access_token\": \"" + access + "\", \"refresh_token\": \"" + refresh + "\"}");
      return file;
    }

    @Test
    @DisplayName("a 401 with refresh credentials refreshes once, replays, and rewrites the token file")
    void rewritesTokenFile() throws Exception {
      cli.world.expire(cli.tokens.accessToken());
      Path file = tokenFile(cli.tokens.accessToken().value(), cli.tokens.refreshToken().orElseThrow().value());

      Result result = cli.run(Map.of("CRONOFY_CLIENT_SECRET", TestWorld.CLIENT.clientSecret().value()),
          "--base-url", cli.baseUrl(), "--token-file", file.toString(), "--client-id",
          TestWorld.CLIENT.clientId().value(), "status");

      assertThat(result.code()).as("%s", result).isZero();
      assertThat(requests("/oauth/token")).hasSize(1);
      assertThat(requests("/v1/userinfo")).hasSize(2);
      TokenFile.Contents rewritten = TokenFile.at(file).read();
      String access = rewritten.accessToken().orElseThrow();
      String refresh = rewritten.refreshToken().orElseThrow();
      cli.secret(access);
      cli.secret(refresh);
      assertThat(access).isNotEqualTo(cli.tokens.accessToken().value());
      assertThat(cli.world.isActive(AccessToken.of(access))).isTrue();
      assertThat(cli.world.isActive(RefreshToken.of(refresh))).isTrue();
      assertThat(cli.world.isActive(cli.tokens.refreshToken().orElseThrow())).isFalse();
      assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).doesNotContain("old");

      Result again = cli.run(Map.of(), "--base-url", cli.baseUrl(), "--token-file", file.toString(), "account");
      assertThat(again.code()).as("the rewritten file works; %s", again).isZero();
      assertThat(requests("/oauth/token")).hasSize(1);
    }

    @Test
    @DisplayName("a 401 without refresh credentials: exit 3, no refresh attempted, the file untouched")
    void noRefreshCredentials() throws Exception {
      cli.world.expire(cli.tokens.accessToken());
      Path file = tokenFile(cli.tokens.accessToken().value(), cli.tokens.refreshToken().orElseThrow().value());
      String before = Files.readString(file);

      Result result = cli.run(Map.of(), "--base-url", cli.baseUrl(), "--token-file", file.toString(), "status");

      assertThat(result.code()).as("%s", result).isEqualTo(3);
      assertThat(result.err()).startsWith("error: unauthorized (HTTP 401)").contains("--refresh-token");
      assertThat(requests("/oauth/token")).isEmpty();
      assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    @DisplayName("a revoked refresh token: exit 3 (invalid grant)")
    void invalidGrant() {
      cli.world.expire(cli.tokens.accessToken());
      cli.world.revoke(cli.tokens.refreshToken().orElseThrow());

      Result result = cli.runWithToken("--refresh-token", cli.tokens.refreshToken().orElseThrow().value(),
          "--client-id", TestWorld.CLIENT.clientId().value(), "--client-secret",
          TestWorld.CLIENT.clientSecret().value(), "status");

      assertThat(result.code()).as("%s", result).isEqualTo(3);
      assertThat(result.err()).startsWith("error: invalid grant (HTTP 400)");
      assertThat(requests("/oauth/token")).hasSize(1);
    }

    @Test
    @DisplayName("wrong client credentials (400 or 401 invalid_client): exit 10, a hint naming the options, no secret")
    void wrongClientCredentials() {
      String wrongSecret = "wrong-client-secret-0123";
      cli.secret(wrongSecret);
      cli.world.expire(cli.tokens.accessToken());
      Result badRequest = cli.runWithToken("--refresh-token", cli.tokens.refreshToken().orElseThrow().value(),
          "--client-id", TestWorld.CLIENT.clientId().value(), "--client-secret", wrongSecret, "status");
      cli.server.fault("/oauth/token", HttpFault.body(401, "application/json",
          "{\"error\":\"invalid_client\"}".getBytes(StandardCharsets.UTF_8)), 1);
      Result unauthorized = cli.runWithToken("--refresh-token", cli.tokens.refreshToken().orElseThrow().value(),
          "--client-id", TestWorld.CLIENT.clientId().value(), "--client-secret", wrongSecret, "status");

      assertThat(badRequest.code()).as("%s", badRequest).isEqualTo(10);
      assertThat(badRequest.err()).isEqualTo("error: invalid request (HTTP 400): the refresh was refused: the client"
          + " credentials are wrong (invalid_client); check --client-id and --client-secret (or CRONOFY_CLIENT_ID and"
          + " CRONOFY_CLIENT_SECRET)\n");
      assertThat(unauthorized.code()).as("%s", unauthorized).isEqualTo(10);
      assertThat(unauthorized.err()).startsWith("error: invalid request (HTTP 401): the refresh was refused")
          .contains("check --client-id and --client-secret");
      assertThat(requests("/oauth/token")).hasSize(2);
    }

    @Test
    @DisplayName("a 401 that persists after the refresh: exit 3, one refresh, one replay")
    void unauthorizedAfterRefresh() {
      cli.server.fault("/v1/userinfo", HttpFault.status(401));

      Result result = cli.runWithToken("--refresh-token", cli.tokens.refreshToken().orElseThrow().value(),
          "--client-id", TestWorld.CLIENT.clientId().value(), "--client-secret",
          TestWorld.CLIENT.clientSecret().value(), "status");

      assertThat(result.code()).as("%s", result).isEqualTo(3);
      assertThat(result.err()).isEqualTo("error: unauthorized (HTTP 401): the access token was refused, even after a"
          + " refresh\n");
      assertThat(requests("/oauth/token")).hasSize(1);
      assertThat(requests("/v1/userinfo")).hasSize(2);
    }

    @Test
    @DisplayName("a token file that cannot be rewritten after a refresh: exit 10, the call fails")
    void tokenFileNotWritable() throws Exception {
      cli.world.expire(cli.tokens.accessToken());
      Path subdir = Files.createDirectory(dir.resolve("vanishing"));
      Path file = subdir.resolve("tokens.json");
      Files.writeString(file, "{\"access_token\": \"" + cli.tokens.accessToken().value() + "\", \"refresh_token\": \""
          + cli.tokens.refreshToken().orElseThrow().value() + "\"}");
      // the file is read when the settings are resolved; it disappears before the refresh tries to rewrite it
      Main.Tuning tuning = new Main.Tuning(CliHarness.FAST_RETRIES, settings -> {
        try {
          Files.delete(file);
          Files.delete(subdir);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        return VertxTransport.open(settings);
      });

      Result result = cli.run(tuning, Map.of(), "--base-url", cli.baseUrl(), "--token-file", file.toString(),
          "--client-id", TestWorld.CLIENT.clientId().value(), "--client-secret",
          TestWorld.CLIENT.clientSecret().value(), "status");

      assertThat(result.code()).as("%s", result).isEqualTo(10);
      assertThat(result.err()).startsWith("error: token store failure: the refreshed tokens could not be written to");
      assertThat(result.out()).isEmpty();
    }
  }

  @Nested
  @DisplayName("bad input sends no request")
  class UsageErrors {
    @Test
    @DisplayName("unknown option, unknown data center, http off loopback, CR/LF token, bad profile id: exit 2")
    void nothingSent() {
      List<List<String>> cases = List.of(
          List.of("--base-url", cli.baseUrl(), "--token", "t0k3n", "--frobnicate", "status"),
          List.of("--base-url", cli.baseUrl(), "--token", "t0k3n", "--data-center", "eu", "status"),
          List.of("--base-url", "http://192.0.2.1:" + cli.server.port(), "--token", "t0k3n", "status"),
          List.of("--base-url", cli.baseUrl(), "--token", "t0k3n\r\nX-Injected: 1", "status"),
          List.of("--base-url", cli.baseUrl(), "--token", "t0k3n\n", "status"),
          List.of("--base-url", cli.baseUrl(), "--token", "t0k3n", "revoke", "pro_1/../../v1/account"),
          List.of("--base-url", cli.baseUrl(), "--token", "t0k3n", "revoke", "pro 1"));
      for (List<String> args : cases) {
        Result result = cli.run(Map.of(), args.toArray(String[]::new));
        assertThat(result.code()).as("%s: %s", args, result).isEqualTo(2);
        assertThat(result.out()).as("%s", args).isEmpty();
        assertThat(result.err()).as("%s", args).startsWith("error: ").doesNotContain("X-Injected");
      }
      assertThat(cli.server.requests()).isEmpty();
    }
  }

  @Nested
  @DisplayName("demo mode")
  class Demo {
    @Test
    @DisplayName("with no token, status runs against the built-in demo world and says so in one stderr line")
    void demo() {
      Result result = cli.run(Map.of(), "status");

      assertThat(result.code()).as("%s", result).isZero();
      assertThat(result.err().lines()).hasSize(1).allMatch(line -> line.startsWith("demo: "));
      assertThat(result.out()).contains("Needs attention (").containsPattern("needs relink +https://")
          .contains("initial sync pending").contains("Profiles sharing a name (");
      assertThat(cli.server.requests()).as("the test's own server is not used").isEmpty();
    }

    @Test
    @DisplayName("--demo ignores a given token and never writes the token file")
    void forcedDemo(@TempDir Path dir) throws Exception {
      Path file = dir.resolve("tokens.json");
      Files.writeString(file, "{\"access_token\": \"user-access-token\", \"refresh_token\": \"user-refresh\"}");
      String before = Files.readString(file);
      cli.secret("user-access-token");

      Result result = cli.run(Map.of(), "--demo", "--token-file", file.toString(), "userinfo", "--json");

      assertThat(result.code()).as("%s", result).isZero();
      assertThat(JsonTree.parse(result.out())).isInstanceOf(Map.class);
      assertThat(Files.readString(file)).isEqualTo(before);
    }
  }
}
