package net.calkit.identity.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import net.calkit.identity.domain.ApiEndpoint;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.credentials.AccessToken;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Requests: where each call goes (no network)")
class RequestsTest {
  private static final AccessToken TOKEN = AccessToken.of("at_secret");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "US, api.cronofy.com",
      "UK, api-uk.cronofy.com",
      "DE, api-de.cronofy.com",
      "AU, api-au.cronofy.com",
      "CA, api-ca.cronofy.com",
      "SG, api-sg.cronofy.com"})
  @DisplayName("every data center resolves to its API host, port 443, TLS, unprefixed paths")
  void dataCenters(DataCenter dataCenter, String host) {
    Requests requests = new Requests(ApiEndpoint.of(dataCenter), "ua/1");

    RequestOptions userInfo = requests.api(HttpMethod.GET, Requests.USERINFO, TOKEN);
    RequestOptions token = requests.token();

    for (RequestOptions request : new RequestOptions[] {userInfo, token}) {
      assertThat(request.getHost()).isEqualTo(host);
      assertThat(request.getPort()).isEqualTo(443);
      assertThat(request.isSsl()).isTrue();
      assertThat(request.getFollowRedirects()).isFalse();
      assertThat(request.getConnectTimeout()).as("no Vert.x pool-wait timer (issue 6169)").isZero();
    }
    assertThat(userInfo.getURI()).isEqualTo("/v1/userinfo");
    assertThat(token.getURI()).isEqualTo("/oauth/token");
  }

  @Test
  @DisplayName("an override keeps its host, port, scheme and path prefix")
  void override() {
    Requests requests = new Requests(ApiEndpoint.parse("http://127.0.0.1:8089/stub/"), "ua/1");

    RequestOptions profiles = requests.api(HttpMethod.GET, Requests.PROFILES, TOKEN);

    assertThat(profiles.getHost()).isEqualTo("127.0.0.1");
    assertThat(profiles.getPort()).isEqualTo(8089);
    assertThat(profiles.isSsl()).isFalse();
    assertThat(profiles.getURI()).isEqualTo("/stub/v1/profiles");
  }

  @Test
  @DisplayName("API requests carry bearer, Accept and User-Agent; the token request carries JSON and no bearer")
  void headers() {
    Requests requests = new Requests(ApiEndpoint.of(DataCenter.DE), "calkit-identity/9");

    RequestOptions revoke = requests.api(HttpMethod.POST, Requests.revokePath(ProfileId.of("pro_abc")), TOKEN);
    RequestOptions token = requests.token();

    assertThat(revoke.getMethod()).isEqualTo(HttpMethod.POST);
    assertThat(revoke.getURI()).isEqualTo("/v1/profiles/pro_abc/revoke");
    assertThat(revoke.getHeaders().get("Authorization")).isEqualTo("Bearer at_secret");
    assertThat(revoke.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(revoke.getHeaders().get("User-Agent")).isEqualTo("calkit-identity/9");
    assertThat(token.getMethod()).isEqualTo(HttpMethod.POST);
    assertThat(token.getHeaders().contains("Authorization")).isFalse();
    assertThat(token.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
  }
}
