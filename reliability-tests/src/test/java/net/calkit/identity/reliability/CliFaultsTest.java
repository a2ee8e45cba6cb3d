package net.calkit.identity.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.calkit.identity.cli.Main;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.testkit.stub.HttpFault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The command-line tool's entry point ({@link Main#run}) against the stub server with faults: the exit
 * code of each outcome (as in RELIABILITY.md), and no token or client secret in its stdout, its stderr
 * or anything logged meanwhile.
 */
@DisplayName("command-line tool against faults: exit codes and no secrets")
class CliFaultsTest {
  private static final String USERINFO = "/v1/userinfo";
  private static final String TOKEN = "/oauth/token";

  private LogCapture logs;
  private Stack stack;
  private FakeAccount account;
  private TokenSet tokens;

  @BeforeEach
  void start() {
    logs = LogCapture.start();
    stack = Stack.start();
    account = stack.world.addAccount(a -> a.id("acc_cli").email("grace@example.com").name("Grace Hopper")
        .timeZone("America/New_York").calendarProfile(p -> p.name("grace@example.com").connected(false)));
    tokens = account.issueTokens();
    stack.secrets.add(tokens);
  }

  @AfterEach
  void stop() {
    try {
      stack.secrets.assertAbsentFrom("log records and stderr during the CLI runs", logs.everything());
    } finally {
      stack.close();
      logs.close();
    }
  }

  private record Run(int exit, String out, String err) {}

  private Run cli(String... command) {
    List<String> args = new ArrayList<>(List.of("--base-url", stack.stub.baseUri().toString(),
        "--token", tokens.accessToken().value(),
        "--refresh-token", tokens.refreshToken().orElseThrow().value(),
        "--client-id", Stack.CLIENT.clientId().value(),
        "--client-secret", Stack.CLIENT.clientSecret().value(),
        "--timeout", "20"));
    args.addAll(List.of(command));
    return raw(args.toArray(String[]::new));
  }

  private Run raw(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(args, Map.of(), o, e);
    }
    Run run = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    stack.secrets.assertAbsentFrom("the CLI's stdout", run.out());
    stack.secrets.assertAbsentFrom("the CLI's stderr", run.err());
    return run;
  }

  @Test
  @DisplayName("no fault: exit 0, the account shown, in both output formats")
  void healthy() {
    Run human = cli("userinfo");
    assertThat(human.exit()).as(human.err()).isZero();
    assertThat(human.out()).contains("grace@example.com");
    Run json = cli("--json", "status");
    assertThat(json.exit()).as(json.err()).isZero();
  }

  @Test
  @DisplayName("401, refresh and replay: exit 0; the rotated tokens are not printed either")
  void refreshed() {
    stack.world.expire(tokens.accessToken());
    Run run = cli("--json", "userinfo");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(stack.stub.requests(r -> r.path().equals(TOKEN))).hasSize(1);
    // the replay carried the rotated access token: it must not be printed either
    String replayed = stack.stub.requests(r -> r.path().equals(USERINFO)).get(1).header("Authorization")
        .orElseThrow().substring("Bearer ".length());
    assertThat(replayed).isNotEqualTo(tokens.accessToken().value());
    stack.secrets.add(replayed);
    stack.secrets.assertAbsentFrom("the CLI's stdout after a refresh", run.out());
    stack.secrets.assertAbsentFrom("the CLI's stderr after a refresh", run.err());
  }

  @Test
  @DisplayName("F11 storm of 500: exit 6")
  void serverErrorStorm() {
    stack.stub.fault(USERINFO, HttpFault.status(500, Map.of(), "echo " + tokens.accessToken().value()));
    Run run = cli("userinfo");
    assertThat(run.exit()).isEqualTo(6);
    assertThat(run.err()).startsWith("error: server error (HTTP 500)");
  }

  @Test
  @DisplayName("F03 reset every time: exit 7")
  void resetStorm() {
    stack.stub.fault(USERINFO, HttpFault.reset());
    assertThat(cli("userinfo").exit()).isEqualTo(7);
  }

  @Test
  @DisplayName("F06 truncated JSON: exit 8")
  void truncatedJson() {
    stack.stub.fault(USERINFO, HttpFault.body(200, "application/json", "{\"sub\": \"acc_cli\", \"em"
        .getBytes(StandardCharsets.UTF_8)));
    assertThat(cli("userinfo").exit()).isEqualTo(8);
  }

  @Test
  @DisplayName("F21 HTML instead of JSON: exit 8")
  void html() {
    stack.stub.fault(USERINFO, HttpFault.nonJsonBody());
    assertThat(cli("userinfo").exit()).isEqualTo(8);
  }

  @Test
  @DisplayName("F16 429 with Retry-After beyond the cap: exit 5")
  void rateLimited() {
    stack.stub.fault(USERINFO, HttpFault.tooManyRequests("3600"));
    assertThat(cli("userinfo").exit()).isEqualTo(5);
  }

  @Test
  @DisplayName("F17 redirect to another host: exit 10, nothing follows it")
  void redirect() {
    stack.stub.fault(USERINFO, HttpFault.status(302, Map.of("Location", "http://127.0.0.1:9/v1/userinfo"), ""));
    assertThat(cli("userinfo").exit()).isEqualTo(10);
    assertThat(stack.stub.requests()).hasSize(1);
  }

  @Test
  @DisplayName("F25 refresh endpoint down during a 401: exit 6")
  void refreshEndpointDown() {
    stack.world.expire(tokens.accessToken());
    stack.stub.fault(TOKEN, HttpFault.status(503));
    assertThat(cli("userinfo").exit()).isEqualTo(6);
  }

  @Test
  @DisplayName("F26 refresh endpoint resetting during a 401: exit 7")
  void refreshEndpointReset() {
    stack.world.expire(tokens.accessToken());
    stack.stub.fault(TOKEN, HttpFault.reset());
    assertThat(cli("userinfo").exit()).isEqualTo(7);
  }

  @Test
  @DisplayName("401 and a revoked refresh token (invalid_grant): exit 3")
  void invalidGrant() {
    stack.world.expire(tokens.accessToken());
    stack.world.revoke(tokens.refreshToken().orElseThrow());
    assertThat(cli("userinfo").exit()).isEqualTo(3);
  }

  @Test
  @DisplayName("hostile input is refused before any request: exit 2 and the stub records nothing")
  void hostileInput() {
    assertThat(cli("revoke", "../../v1/account").exit()).isEqualTo(2);
    assertThat(cli("revoke", "pro_1/../../x").exit()).isEqualTo(2);
    assertThat(cli("revoke", "%2e%2e").exit()).isEqualTo(2);
    Run plainHttp = raw("--base-url", "http://example.com", "--token", tokens.accessToken().value(), "userinfo");
    assertThat(plainHttp.exit()).isEqualTo(2);
    assertThat(plainHttp.err()).contains("loopback");
    Run injected = raw("--base-url", stack.stub.baseUri().toString(), "--token",
        tokens.accessToken().value() + "\r\nX-Injected: yes", "userinfo");
    assertThat(injected.exit()).isEqualTo(2);
    assertThat(injected.err()).contains("CR");
    assertThat(stack.stub.requests()).isEmpty();
  }
}
