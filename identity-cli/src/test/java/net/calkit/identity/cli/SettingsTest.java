package net.calkit.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import net.calkit.identity.domain.ApiEndpoint;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.credentials.TokenSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  @TempDir
  Path dir;

  private static Settings resolve(Map<String, String> env, String... args) throws UsageException {
    return Settings.resolve(CommandLine.parse(args), env);
  }

  private static String usageError(Map<String, String> env, String... args) {
    try {
      Settings settings = resolve(env, args);
      throw new AssertionError("expected a usage error, got " + settings);
    } catch (UsageException e) {
      return e.getMessage();
    }
  }

  @Test
  @DisplayName("defaults: the us data center, 30 s, human output, and demo mode without a token")
  void defaults() throws Exception {
    Settings settings = resolve(Map.of(), "status");

    assertThat(settings.endpoint()).isEqualTo(ApiEndpoint.of(DataCenter.US));
    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.json()).isFalse();
    assertThat(settings.demo()).isTrue();
    assertThat(settings.demoReason()).contains("no access token given");
    assertThat(settings.tokens()).isEmpty();
  }

  @Test
  @DisplayName("the data center comes from the option, else the environment, in any case")
  void dataCenter() throws Exception {
    assertThat(resolve(Map.of("CRONOFY_DATA_CENTER", "DE"), "status").endpoint().host()).isEqualTo("api-de.cronofy.com");
    assertThat(resolve(Map.of("CRONOFY_DATA_CENTER", "de"), "--data-center", "Sg", "status").endpoint().host())
        .isEqualTo("api-sg.cronofy.com");
    assertThat(resolve(Map.of("CRONOFY_DATA_CENTER", " "), "status").endpoint().host()).isEqualTo("api.cronofy.com");
    assertThat(usageError(Map.of(), "--data-center", "eu", "status")).contains("unknown data center \"eu\"");
    assertThat(usageError(Map.of("CRONOFY_DATA_CENTER", "mars"), "status")).contains("unknown data center");
  }

  @Test
  @DisplayName("a token given as the data center, the base URL or the profile ID is not echoed")
  void valuesInTheWrongPlaceAreNotShown() {
    String token = "Xy9_secretValue12";

    assertThat(usageError(Map.of(), "--data-center", token, "status")).doesNotContain(token)
        .isEqualTo("unknown data center (an unexpected argument, 17 characters, not shown); expected one of: us, uk,"
            + " de, au, ca, sg");
    assertThat(usageError(Map.of("CRONOFY_DATA_CENTER", token), "status")).doesNotContain(token);
    assertThat(usageError(Map.of(), "--base-url", token, "status")).doesNotContain(token).isEqualTo("--base-url:"
        + " expected an absolute URL such as https://api.cronofy.com (the value given, 17 characters, is not shown)");
    assertThat(usageError(Map.of(), "revoke", "se/" + token)).doesNotContain(token)
        .isEqualTo("profile id must be safe in a URL path, but has '/' at index 2 (the PROFILE_ID given, 20 characters,"
            + " is not shown)");
    assertThat(usageError(Map.of(), "revoke", "pro 1")).doesNotContain("pro 1").contains("profile id");
  }

  @Test
  @DisplayName("--base-url overrides the host: https anywhere, plain http only to loopback")
  void baseUrl() throws Exception {
    assertThat(resolve(Map.of(), "--base-url", "http://127.0.0.1:8123", "status").endpoint().port()).isEqualTo(8123);
    assertThat(resolve(Map.of(), "--base-url", "https://proxy.example/cronofy", "status").endpoint().pathPrefix())
        .isEqualTo("/cronofy");
    assertThat(usageError(Map.of(), "--base-url", "http://example.com", "status")).contains("loopback");
    assertThat(usageError(Map.of(), "--base-url", "ftp://localhost", "status")).contains("https");
  }

  @Test
  @DisplayName("an option beats the environment for every credential")
  void optionBeatsEnvironment() throws Exception {
    Map<String, String> env = Map.of("CRONOFY_ACCESS_TOKEN", "env-access", "CRONOFY_REFRESH_TOKEN", "env-refresh",
        "CRONOFY_CLIENT_ID", "env-id", "CRONOFY_CLIENT_SECRET", "env-secret");

    Settings fromEnv = resolve(env, "status");
    Settings fromOptions = resolve(env, "--token", "opt-access", "--refresh-token", "opt-refresh", "--client-id",
        "opt-id", "--client-secret", "opt-secret", "status");

    assertThat(fromEnv.demo()).isFalse();
    assertThat(fromEnv.tokens().orElseThrow().accessToken().value()).isEqualTo("env-access");
    assertThat(fromEnv.tokens().orElseThrow().refreshToken().orElseThrow().value()).isEqualTo("env-refresh");
    assertThat(fromEnv.client().orElseThrow().clientId().value()).isEqualTo("env-id");
    assertThat(fromEnv.canRefresh()).isTrue();
    assertThat(fromOptions.tokens().orElseThrow().accessToken().value()).isEqualTo("opt-access");
    assertThat(fromOptions.tokens().orElseThrow().refreshToken().orElseThrow().value()).isEqualTo("opt-refresh");
    assertThat(fromOptions.client().orElseThrow().clientSecret().value()).isEqualTo("opt-secret");
    assertThat(fromOptions.secrets()).containsExactlyInAnyOrder("opt-access", "opt-refresh", "opt-secret");
  }

  @Test
  @DisplayName("the token file beats the environment and loses to --refresh-token; it may not join --token")
  void tokenFile() throws Exception {
    Path file = dir.resolve("tokens.json");
    Files.writeString(file, "{\"access_token\": \"file-access\", \"refresh_token\": \"file-refresh\", \"x\": [1]}");

    Settings fromFile = resolve(Map.of("CRONOFY_ACCESS_TOKEN", "env-access"), "--token-file", file.toString(), "status");
    Settings overridden = resolve(Map.of(), "--token-file", file.toString(), "--refresh-token", "opt-refresh", "status");

    TokenSet tokens = fromFile.tokens().orElseThrow();
    assertThat(tokens.accessToken().value()).isEqualTo("file-access");
    assertThat(tokens.refreshToken().orElseThrow().value()).isEqualTo("file-refresh");
    assertThat(fromFile.tokenFile()).isPresent();
    assertThat(overridden.tokens().orElseThrow().refreshToken().orElseThrow().value()).isEqualTo("opt-refresh");
    assertThat(usageError(Map.of(), "--token", "t", "--token-file", file.toString(), "status"))
        .contains("either --token or --token-file");
  }

  @Test
  @DisplayName("a token file without an access token is bad input, not a demo")
  void tokenFileWithoutAccessToken() throws IOException {
    Path file = dir.resolve("tokens.json");
    Files.writeString(file, "{\"refresh_token\": \"only-refresh\"}");

    assertThat(usageError(Map.of(), "--token-file", file.toString(), "status")).contains("has no access_token");
  }

  @Test
  @DisplayName("a token, refresh token or client secret with CR, LF or a space is refused without echoing it")
  void forbiddenCharacters() {
    assertThat(usageError(Map.of(), "--token", "abc\r\nX-Evil: 1", "status"))
        .contains("access token has a forbidden character (CR) at index 3").doesNotContain("X-Evil");
    assertThat(usageError(Map.of("CRONOFY_ACCESS_TOKEN", "abc\ndef"), "status")).contains("(LF)")
        .doesNotContain("def");
    assertThat(usageError(Map.of(), "--token", "t", "--refresh-token", "r r", "status"))
        .contains("refresh token has a forbidden character (space)");
    assertThat(usageError(Map.of(), "--client-id", "id", "--client-secret", "s\u0000s", "status"))
        .contains("client secret has a forbidden character");
    assertThat(usageError(Map.of(), "--token", "", "status")).contains("must not be empty");
  }

  @Test
  @DisplayName("validation happens in demo mode too")
  void demoStillValidates() {
    assertThat(usageError(Map.of(), "--demo", "--token", "a\rb", "status")).contains("(CR)");
    assertThat(usageError(Map.of(), "--data-center", "xx", "status")).contains("unknown data center");
  }

  @Test
  @DisplayName("--demo wins over a given token; a refresh token without an access token is refused")
  void demoAndRefreshOnly() throws Exception {
    Settings demo = resolve(Map.of("CRONOFY_ACCESS_TOKEN", "real"), "--demo", "status");

    assertThat(demo.demo()).isTrue();
    assertThat(demo.demoReason()).contains("--demo given");
    assertThat(demo.tokens()).isEmpty();
    assertThat(usageError(Map.of("CRONOFY_REFRESH_TOKEN", "r"), "status")).contains("needs an access token");
  }

  @Test
  @DisplayName("client ID and secret go together; without a refresh token they allow no refresh")
  void clientCredentials() throws Exception {
    assertThat(usageError(Map.of(), "--token", "t", "--client-id", "id", "status")).contains("go together");
    assertThat(usageError(Map.of("CRONOFY_CLIENT_SECRET", "s"), "--token", "t", "status")).contains("go together");
    assertThat(resolve(Map.of(), "--token", "t", "--client-id", "i", "--client-secret", "s", "status").canRefresh())
        .isFalse();
  }

  @Test
  @DisplayName("--timeout takes positive seconds, fractions allowed, at most a day")
  void timeout() throws Exception {
    assertThat(resolve(Map.of(), "--timeout", "2", "status").timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(resolve(Map.of(), "--timeout", "0.25", "status").timeout()).isEqualTo(Duration.ofMillis(250));
    assertThat(resolve(Map.of(), "--timeout", "0.0001", "status").timeout()).isEqualTo(Duration.ofMillis(1));
    for (String bad : new String[] {"0", "-1", "abc", "1e3", "86401", "", " 5", "NaN"}) {
      assertThat(usageError(Map.of(), "--timeout", bad, "status")).as(bad).contains("--timeout must be");
    }
  }

  @Test
  @DisplayName("revoke needs exactly one valid profile id; other commands take none")
  void operands() throws Exception {
    assertThat(resolve(Map.of(), "revoke", "pro_n23kjnwrw2").profileId()).contains(ProfileId.of("pro_n23kjnwrw2"));
    assertThat(usageError(Map.of(), "revoke")).contains("exactly one PROFILE_ID");
    assertThat(usageError(Map.of(), "revoke", "a", "b")).contains("exactly one PROFILE_ID");
    assertThat(usageError(Map.of(), "revoke", "pro_1/../x")).contains("profile id");
    assertThat(usageError(Map.of(), "revoke", "pro 1")).contains("profile id");
    assertThat(usageError(Map.of(), "revoke", "..")).contains("profile id");
    assertThat(usageError(Map.of(), "status", "extra")).contains("status takes no arguments");
  }

  @Test
  @DisplayName("toString shows no secret")
  void toStringRedacts() throws Exception {
    Settings settings = resolve(Map.of(), "--token", "very-secret-token", "--refresh-token", "very-secret-refresh",
        "--client-id", "id", "--client-secret", "very-secret-client", "status");

    assertThat(settings.toString()).doesNotContain("very-secret");
  }

  @Test
  @DisplayName("a token file with non-UTF-8 junk is reported as invalid JSON, by position only")
  void tokenFileJunk() throws IOException {
    Path file = dir.resolve("junk.json");
    Files.write(file, "{\"access_token\": secret-unquoted}".getBytes(StandardCharsets.UTF_8));

    assertThat(usageError(Map.of(), "--token-file", file.toString(), "status")).contains("is not valid JSON (line 1")
        .doesNotContain("secret-unquoted");
  }
}
