package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiEndpointTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://api.cronofy.com", "https://proxy.example.com:8443/cronofy",
      "HTTPS://Example.com", "https://10.0.0.5"})
  void httpsIsAllowedToAnyHost(String url) {
    ApiEndpoint endpoint = ApiEndpoint.parse(url);
    assertThat(endpoint.isTls()).isTrue();
    assertThat(endpoint.baseUri().getScheme()).isEqualTo("https");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8080", "http://LOCALHOST", "http://127.0.0.1:0", "http://127.1.2.3:9000",
      "http://127.255.255.255", "http://[::1]:8080", "http://[0:0:0:0:0:0:0:1]", "http://stub.localhost:1234"})
  void plainHttpIsAllowedOnlyToLoopback(String url) {
    ApiEndpoint endpoint = ApiEndpoint.parse(url);
    assertThat(endpoint.isTls()).isFalse();
    assertThat(endpoint.baseUri().getScheme()).isEqualTo("http");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.cronofy.com", "http://10.0.0.1", "http://127.0.0.1.evil.com",
      "http://localhost.evil.com", "http://128.0.0.1", "http://[::2]", "http://0.0.0.0",
      "http://evil.com#@localhost"})
  void plainHttpToAnyOtherHostIsRefused(String url) {
    assertThatThrownBy(() -> ApiEndpoint.parse(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain http is allowed only to a loopback host");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.256", "http://127.0.0", "http://bad_host"})
  void hostsThatAreNotHostNamesAreRefused(String url) {
    assertThatThrownBy(() -> ApiEndpoint.parse(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("base URL must be absolute with a host");
  }

  @ParameterizedTest
  @CsvSource({
      "127.0.0.1, true", "127.0.0.001, true", "127.9.9.9, true", "localhost, true", "a.localhost, true",
      "[::1], true", "::1, true", "LocalHost, true",
      "127.0.0.1000, false", "127.0.0.-1, false", "127..0.1, false", "127.0.0.1., false", "1.2.3.4, false",
      "localhostx, false", "x-localhost, false", "::ffff:127.0.0.1, false", "'', false"})
  void loopbackHosts(String host, boolean loopback) {
    assertThat(ApiEndpoint.isLoopback(host)).as(host).isEqualTo(loopback);
  }

  @Test
  void userInfoIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> ApiEndpoint.parse("https://user:hunter2@api.example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not have user info, a query or a fragment")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    assertThatThrownBy(() -> ApiEndpoint.parse("ftp://user:hunter2@api.example.com"))
        .hasMessageContaining("must use https")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    assertThatThrownBy(() -> ApiEndpoint.parse("https://user:hunter2@bad_host.example.com"))
        .hasMessageContaining("must be absolute with a host")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    assertThatThrownBy(() -> ApiEndpoint.parse("https://user:hunter2@bad host"))
        .hasMessageContaining("malformed")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://api.example.com/?x=1", "https://api.example.com/base#frag",
      "http://localhost:8080/?"})
  void queryAndFragmentAreRefused(String url) {
    assertThatThrownBy(() -> ApiEndpoint.parse(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not have user info, a query or a fragment");
  }

  @ParameterizedTest
  @ValueSource(strings = {"api.cronofy.com", "/v1", "mailto:x@example.com", "https:/nohost", "ftp://example.com",
      "ws://localhost", "file:///etc/passwd", "https://"})
  void relativeOpaqueOrOtherSchemesAreRefused(String url) {
    assertThatThrownBy(() -> ApiEndpoint.parse(url)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("base URL");
  }

  @Test
  void malformedTextIsATypedError() {
    assertThatThrownBy(() -> ApiEndpoint.parse("https://exa mple.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("base URL is malformed: \"https://exa mple.com\"");
  }

  @Test
  void trailingSlashesAreNormalizedAway() {
    assertThat(ApiEndpoint.parse("http://127.0.0.1:8080/").baseUri()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    assertThat(ApiEndpoint.parse("https://proxy.example.com/cronofy//").baseUri())
        .isEqualTo(URI.create("https://proxy.example.com/cronofy"));
    assertThat(ApiEndpoint.parse(" https://proxy.example.com/cronofy/ ").pathPrefix()).isEqualTo("/cronofy");
    assertThat(ApiEndpoint.parse("https://proxy.example.com/cronofy/"))
        .isEqualTo(ApiEndpoint.parse("https://proxy.example.com/cronofy"));
  }

  @Test
  void resolveAppendsTheApiPathBelowThePrefix() {
    assertThat(ApiEndpoint.parse("https://proxy.example.com/cronofy/").resolve("/v1/userinfo"))
        .isEqualTo(URI.create("https://proxy.example.com/cronofy/v1/userinfo"));
    assertThat(ApiEndpoint.of(DataCenter.UK).resolve("/v1/profiles/pro_1/revoke"))
        .isEqualTo(URI.create("https://api-uk.cronofy.com/v1/profiles/pro_1/revoke"));
    assertThat(ApiEndpoint.parse("http://[::1]:9999").resolve("/oauth/token"))
        .isEqualTo(URI.create("http://[::1]:9999/oauth/token"));
    assertThatThrownBy(() -> ApiEndpoint.of(DataCenter.US).resolve("v1/userinfo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path must start with '/': \"v1/userinfo\"");
  }

  @Test
  void hostPortAndPrefix() {
    ApiEndpoint local = ApiEndpoint.parse("http://127.0.0.1:4567/stub");
    assertThat(local.host()).isEqualTo("127.0.0.1");
    assertThat(local.port()).isEqualTo(4567);
    assertThat(local.pathPrefix()).isEqualTo("/stub");
    assertThat(local).hasToString("http://127.0.0.1:4567/stub");
    ApiEndpoint us = ApiEndpoint.of(DataCenter.US);
    assertThat(us.host()).isEqualTo("api.cronofy.com");
    assertThat(us.port()).isEqualTo(443);
    assertThat(us.pathPrefix()).isEmpty();
    assertThat(ApiEndpoint.parse("http://localhost").port()).isEqualTo(80);
  }

  @Test
  void percentEncodedPrefixesSurviveNormalization() {
    assertThat(ApiEndpoint.parse("https://proxy.example.com/a%20b/").pathPrefix()).isEqualTo("/a%20b");
  }
}
