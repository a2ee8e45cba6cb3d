package net.calkit.identity.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import java.time.Duration;
import java.util.function.UnaryOperator;
import net.calkit.identity.domain.ApiEndpoint;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.json.JsonLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("VertxIdentityOptions")
class VertxIdentityOptionsTest {

  @Test
  @DisplayName("every default is the documented constant, with the documented value")
  void defaults() {
    VertxIdentityOptions options = VertxIdentityOptions.defaults();

    assertThat(options.endpoint()).isEqualTo(VertxIdentityOptions.DEFAULT_ENDPOINT);
    assertThat(options.endpoint().baseUri()).hasToString("https://api.cronofy.com");
    assertThat(options.connectTimeout()).isEqualTo(VertxIdentityOptions.DEFAULT_CONNECT_TIMEOUT)
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(options.poolAcquireTimeout()).isEqualTo(VertxIdentityOptions.DEFAULT_POOL_ACQUIRE_TIMEOUT)
        .isEqualTo(Duration.ofSeconds(5));
    assertThat(options.idleTimeout()).isEqualTo(VertxIdentityOptions.DEFAULT_IDLE_TIMEOUT)
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(options.attemptTimeout()).isEqualTo(VertxIdentityOptions.DEFAULT_ATTEMPT_TIMEOUT)
        .isEqualTo(Duration.ofSeconds(10));
    assertThat(options.maxPoolSize()).isEqualTo(VertxIdentityOptions.DEFAULT_MAX_POOL_SIZE).isEqualTo(32);
    assertThat(options.maxWaitQueueSize()).isEqualTo(VertxIdentityOptions.DEFAULT_MAX_WAIT_QUEUE_SIZE)
        .isEqualTo(1024);
    assertThat(options.maxBodyBytes()).isEqualTo(VertxIdentityOptions.DEFAULT_MAX_BODY_BYTES)
        .isEqualTo(8 * 1024 * 1024);
    assertThat(options.userAgent()).isEqualTo(VertxIdentityOptions.DEFAULT_USER_AGENT)
        .isEqualTo("calkit-identity/" + VertxIdentityApi.VERSION);
    assertThat(options.jsonLimits()).isEqualTo(VertxIdentityOptions.DEFAULT_JSON_LIMITS).isEqualTo(JsonLimits.DEFAULT);
    assertThat(VertxIdentityOptions.builder().build()).isEqualTo(options);
  }

  @Test
  @DisplayName("toBuilder() round-trips every setting")
  void roundTrip() {
    VertxIdentityOptions custom = VertxIdentityOptions.builder()
        .dataCenter(DataCenter.SG)
        .connectTimeout(Duration.ofMillis(1500))
        .poolAcquireTimeout(Duration.ofSeconds(3))
        .idleTimeout(Duration.ofSeconds(20))
        .attemptTimeout(Duration.ofSeconds(4))
        .maxPoolSize(7)
        .maxWaitQueueSize(0)
        .maxBodyBytes(4096)
        .userAgent("my-app/1.0")
        .jsonLimits(new JsonLimits(100, 10, 50, 20))
        .build();

    assertThat(custom.toBuilder().build()).isEqualTo(custom);
    assertThat(custom.endpoint().host()).isEqualTo("api-sg.cronofy.com");
    assertThat(custom.jsonLimits()).isEqualTo(new JsonLimits(4096, 10, 50, 20));
  }

  @Test
  @DisplayName("the JSON body limit always follows maxBodyBytes: one limit, not two")
  void oneBodyLimit() {
    VertxIdentityOptions options = VertxIdentityOptions.builder()
        .jsonLimits(JsonLimits.DEFAULT.withMaxBodyBytes(10)).maxBodyBytes(2048).build();

    assertThat(options.jsonLimits().maxBodyBytes()).isEqualTo(2048).isEqualTo(options.maxBodyBytes());
  }

  @ParameterizedTest
  @EnumSource(DataCenter.class)
  @DisplayName("of(dataCenter) points at that data center's API host over https")
  void dataCenters(DataCenter dataCenter) {
    VertxIdentityOptions options = VertxIdentityOptions.of(dataCenter);

    assertThat(options.endpoint()).isEqualTo(ApiEndpoint.of(dataCenter));
    assertThat(options.endpoint().isTls()).isTrue();
    assertThat(options.endpoint().host()).isEqualTo(dataCenter.apiHost());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.cronofy.com", "http://10.0.0.1:8080", "http://example.com/base"})
  @DisplayName("plain http to a non-loopback host is refused when building")
  void plainHttpRefused(String url) {
    assertThatThrownBy(() -> VertxIdentityOptions.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain http is allowed only to a loopback host");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:1234/prefix", "https://proxy.example.com"})
  @DisplayName("https anywhere and plain http to loopback are accepted")
  void acceptedOverrides(String url) {
    assertThat(VertxIdentityOptions.builder().baseUrl(url).build().endpoint()).isEqualTo(ApiEndpoint.parse(url));
  }

  private static void assertInvalid(UnaryOperator<VertxIdentityOptions.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(VertxIdentityOptions.builder()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  @DisplayName("invalid settings fail with a message naming the setting")
  void validation() {
    assertInvalid(b -> b.connectTimeout(Duration.ZERO), "connectTimeout must be positive");
    assertInvalid(b -> b.connectTimeout(Duration.ofMillis(-1)), "connectTimeout must be positive");
    assertInvalid(b -> b.connectTimeout(Duration.ofDays(30)), "connectTimeout must be whole milliseconds, at most");
    assertInvalid(b -> b.poolAcquireTimeout(Duration.ZERO), "poolAcquireTimeout must be positive");
    assertInvalid(b -> b.idleTimeout(Duration.ofNanos(1_500_000)), "idleTimeout must be whole milliseconds");
    assertInvalid(b -> b.attemptTimeout(Duration.ZERO), "attemptTimeout must be positive");
    assertInvalid(b -> b.attemptTimeout(Duration.ofSeconds(30)).idleTimeout(Duration.ofSeconds(30)),
        "idleTimeout (30000 ms) must be longer than attemptTimeout (30000 ms)");
    assertInvalid(b -> b.maxPoolSize(0), "maxPoolSize must be at least 1");
    assertInvalid(b -> b.maxWaitQueueSize(-1), "maxWaitQueueSize must be 0 or more");
    assertInvalid(b -> b.maxBodyBytes(0), "maxBodyBytes must be at least 1");
    assertInvalid(b -> b.userAgent(" "), "userAgent must be non-blank printable ASCII");
    assertInvalid(b -> b.userAgent("app\r\nX-Injected: 1"), "userAgent must be non-blank printable ASCII");
    assertThatThrownBy(() -> VertxIdentityOptions.builder().attemptTimeout(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("attemptTimeout == null");
  }

  @Test
  @DisplayName("the Vert.x client is HTTP/1.1 with host verification, no trust-all, and the configured timeouts")
  void httpClientOptions() {
    VertxIdentityOptions options = VertxIdentityOptions.builder()
        .connectTimeout(Duration.ofMillis(1234)).attemptTimeout(Duration.ofMillis(2000))
        .idleTimeout(Duration.ofMillis(5678)).build();

    HttpClientOptions client = VertxIdentityApi.httpClientOptions(options);

    assertThat(client.getProtocolVersion()).isEqualTo(HttpVersion.HTTP_1_1);
    assertThat(client.isSsl()).isTrue();
    assertThat(client.isVerifyHost()).isTrue();
    assertThat(client.isTrustAll()).isFalse();
    assertThat(client.getTrustOptions()).as("default JDK trust store").isNull();
    assertThat(client.getConnectTimeout()).isEqualTo(1234);
    assertThat(client.getIdleTimeout()).isEqualTo(5678);
    assertThat(client.getDefaultHost()).isEqualTo("api.cronofy.com");
    assertThat(client.getDefaultPort()).isEqualTo(443);
  }

  @Test
  @DisplayName("the pool is bounded in size and in waiting requests")
  void poolOptions() {
    PoolOptions pool = VertxIdentityApi.poolOptions(
        VertxIdentityOptions.builder().maxPoolSize(3).maxWaitQueueSize(9).build());

    assertThat(pool.getHttp1MaxSize()).isEqualTo(3);
    assertThat(pool.getMaxWaitQueueSize()).isEqualTo(9);
  }
}
