package net.calkit.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.policy.RetryPolicy;
import net.calkit.identity.testkit.gen.SeededRandom;
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

  @Test
  @DisplayName("property: a token typed in the wrong place is never echoed, unless it is a mistyped name")
  void misplacedTokensAreNotEchoed() {
    long seed = SeededRandom.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int run = 0; run < 200; run++) {
      String token = token(random);
      List<List<String>> placements = List.of(List.of(token, "status"), List.of("status", token),
          List.of("--tokn", token, "status"), List.of("status", "--tokn", token), List.of("--tokn=" + token, "status"),
          List.of("revoke", "pro_1", token), List.of("revoke", token), List.of("--data-center", token, "status"),
          List.of("--base-url", token, "status"), List.of("--timeout", token, "status"), List.of("-" + token, "status"),
          List.of("--" + token, "status"));
      for (List<String> args : placements) {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Main.Tuning tuning = new Main.Tuning(RetryPolicy.NONE, settings -> {
          throw new Transport.TransportUnavailableException("test transport", null);
        });
        Main.run(args.toArray(String[]::new), Map.of(), new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8), tuning);
        String err = stderr.toString(StandardCharsets.UTF_8);
        if (!mistypedName(token) && !token.regionMatches(true, 0, "http", 0, 4)) {
          assertThat(err).as("%s, args %s", SeededRandom.describe(seed), args).doesNotContain(token);
        }
      }
    }
  }

  /** A random token: printable ASCII, URL-safe base64 or lowercase letters only, 8 to 40 characters. */
  private static String token(SplittableRandom random) {
    String base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int kind = random.nextInt(3);
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(8, 41);
    for (int i = 0; i < length; i++) {
      if (kind == 0) {
        out.append((char) random.nextInt(0x21, 0x7F));
      } else if (kind == 1) {
        out.append(base64.charAt(random.nextInt(base64.length())));
      } else {
        out.append((char) random.nextInt('a', 'z' + 1));
      }
    }
    return out.toString();
  }

  /** Whether a word is within the edits that {@link Text#quoteWord} allows of any name it quotes. */
  private static boolean mistypedName(String word) {
    List<String> names = new ArrayList<>(Command.wordList());
    names.addAll(CommandLine.Option.names());
    for (DataCenter dataCenter : DataCenter.values()) {
      names.add(dataCenter.id());
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return names.stream().anyMatch(name -> Text.edits(lower, name) <= Text.MAX_EDITS + 2);
  }
}
