package net.calkit.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.calkit.identity.domain.policy.RetryPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Help, version and usage errors: exit 0 or 2, and no transport is ever opened for bad input. */
class MainUsageTest {
  private final AtomicInteger opened = new AtomicInteger();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    Main.Tuning tuning = new Main.Tuning(RetryPolicy.NONE, settings -> {
      opened.incrementAndGet();
      throw new Transport.TransportUnavailableException("test transport", null);
    });
    return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), tuning);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("--help prints the usage on stdout and exits 0")
  void help() {
    assertThat(run(Map.of(), "--help")).isZero();
    assertThat(out()).startsWith("Usage: cronofy-identity").contains("revoke PROFILE_ID").contains("--data-center")
        .contains("CRONOFY_ACCESS_TOKEN").contains("Exit codes:");
    assertThat(err()).isEmpty();
    assertThat(opened).hasValue(0);
  }

  @Test
  @DisplayName("--version prints the name and version on stdout and exits 0")
  void version() {
    assertThat(run(Map.of(), "--version")).isZero();
    assertThat(out()).matches("cronofy-identity \\S+\\n");
    assertThat(err()).isEmpty();
  }

  @Test
  @DisplayName("bad input exits 2 with one line on stderr, nothing on stdout, and no connection")
  void usageErrors() {
    List<List<String>> cases = List.of(
        List.of("--bogus", "status"),
        List.of("--data-center", "eu", "status"),
        List.of("--base-url", "http://example.com", "--token", "t", "status"),
        List.of("--token", "abc\r\nX: y", "status"),
        List.of("--token", "t", "revoke", "pro/1"),
        List.of("--token", "t", "revoke"),
        List.of(),
        List.of("frobnicate"),
        List.of("--timeout", "0", "status"),
        List.of("--token-file", "/definitely/not/here.json", "status"));
    for (List<String> args : cases) {
      out.reset();
      err.reset();
      int code = run(Map.of(), args.toArray(String[]::new));
      assertThat(code).as("%s", args).isEqualTo(2);
      assertThat(out()).as("%s", args).isEmpty();
      assertThat(err()).as("%s", args).startsWith("error: ").endsWith("\n");
      assertThat(err().lines().count()).as("%s", args).isEqualTo(1);
    }
    assertThat(opened).hasValue(0);
  }

  @Test
  @DisplayName("with no token the run is a demo, announced in one stderr line")
  void demoAnnounced() {
    int code = run(Map.of(), "status");

    assertThat(opened).hasValue(1);
    assertThat(code).isEqualTo(7);
    assertThat(err()).startsWith("demo: no access token given; ");
  }

  @Test
  @DisplayName("no secret appears in any output, whatever fails")
  void noSecrets() {
    String token = "tok_SuperSecretValue1";
    String secret = "sec_ClientSecretValue2";
    run(Map.of("CRONOFY_CLIENT_SECRET", secret), "--token", token, "--refresh-token", "ref_RefreshValue3",
        "--client-id", "cid", "--bogus=" + token, token);

    assertThat(out() + err()).doesNotContain(token).doesNotContain(secret).doesNotContain("ref_RefreshValue3");
  }
}
