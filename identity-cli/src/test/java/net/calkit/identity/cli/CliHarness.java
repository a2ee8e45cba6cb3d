package net.calkit.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.policy.RetryPolicy;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.fake.FakeCronofy;
import net.calkit.identity.testkit.stub.CronofyStubServer;

/**
 * Runs the tool's real entry point against a stub server on loopback serving a fresh demo world, and
 * checks after every run that no secret reached stdout or stderr.
 */
final class CliHarness implements AutoCloseable {
  /** Retries at once, so "after retries" tests take milliseconds; the attempts are the default three. */
  static final RetryPolicy FAST_RETRIES = new RetryPolicy(RetryPolicy.DEFAULT_MAX_ATTEMPTS, Duration.ofMillis(1),
      Duration.ofMillis(1), Duration.ofMillis(5));

  final FakeCronofy world;
  final FakeAccount account;
  final CronofyStubServer server;
  final TokenSet tokens;
  private final List<String> secrets = new ArrayList<>();

  CliHarness(Vertx vertx) {
    TestWorld test = TestWorld.create();
    world = test.world();
    account = test.account();
    tokens = test.tokens();
    server = CronofyStubServer.start(vertx, world);
    secret(tokens.accessToken().value());
    secret(tokens.refreshToken().orElseThrow().value());
    secret(TestWorld.CLIENT.clientSecret().value());
  }

  /** Adds a value that must never be printed. */
  void secret(String value) {
    secrets.add(value);
  }

  String baseUrl() {
    return server.baseUri().toString();
  }

  /** The result of one run. */
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** Runs with the stub's base URL and the fresh access token prepended to {@code args}. */
  Result runWithToken(String... args) {
    List<String> all = new ArrayList<>(List.of("--base-url", baseUrl(), "--token", tokens.accessToken().value()));
    all.addAll(List.of(args));
    return run(Map.of(), all.toArray(String[]::new));
  }

  Result run(Map<String, String> env, String... args) {
    return run(new Main.Tuning(FAST_RETRIES, VertxTransport::open), env, args);
  }

  Result run(Main.Tuning tuning, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new HashMap<>(env), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), tuning);
    Result result = new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    for (String secret : secrets) {
      assertThat(result.out() + result.err()).as("a secret was printed; %s", result).doesNotContain(secret);
    }
    assertThat(result.err()).as("no stack trace; %s", result).doesNotContain("\tat ").doesNotContain("Exception");
    return result;
  }

  static String resource(String name) {
    try (InputStream in = CliHarness.class.getResourceAsStream("/cronofy-examples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void await(io.vertx.core.Future<Void> future) throws Exception {
    future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    server.close();
  }
}
