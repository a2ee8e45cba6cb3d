package net.calkit.identity.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.calkit.identity.domain.ApiEndpoint;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.ClientId;
import net.calkit.identity.domain.credentials.ClientSecret;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.vertx.VertxIdentityOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * IDs, tokens and base URLs that come from users are refused with a clear error before any request:
 * the stub server, running all along, records nothing.
 */
@DisplayName("hostile user input is refused before any request")
class UserInputTest {
  private static final String SECRET = "tok_UserInputSecret_0123456789";
  private static final List<String> INJECTIONS = List.of("\r\nX-Injected: yes", "\n", "\r", " x", "\u0000",
      "\u00e9", "\t", "\u2028");

  private Stack stack;

  @BeforeEach
  void start() {
    stack = Stack.start();
  }

  @AfterEach
  void nothingWasSent() {
    try {
      assertThat(stack.stub.requests()).as("requests that reached the stub server").isEmpty();
    } finally {
      stack.close();
    }
  }

  @Test
  @DisplayName("CR/LF and other control characters in tokens and client credentials: refused, the secret not echoed")
  void headerInjectionInSecrets() {
    for (String injection : INJECTIONS) {
      for (String value : List.of(SECRET + injection, injection + SECRET, SECRET.substring(0, 5) + injection + SECRET)) {
        for (Runnable construct : List.<Runnable>of(() -> AccessToken.of(value), () -> RefreshToken.of(value),
            () -> ClientSecret.of(value), () -> ClientCredentials.of("cli_1", value))) {
          assertThatThrownBy(construct::run)
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("at index")
              .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("tok_User"));
        }
      }
    }
    assertThatThrownBy(() -> ClientId.of("cli\r\nX-Injected: yes")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VertxIdentityOptions.builder().userAgent("ua\r\nX-Injected: yes").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userAgent");
  }

  @Test
  @DisplayName("path traversal and URL syntax in profile IDs: refused, so no revoke can reach another path")
  void pathTraversalInProfileIds() {
    for (String id : List.of("..", ".", "../../v1/account", "pro_1/../../oauth/token", "pro_1/revoke", "%2e%2e",
        "%2F", "pro_1?x=1", "pro_1#x", "pro\\..\\x", "pro_1 ", "", "pro_\r\n1", "pro_..", "..pro")) {
      assertThatThrownBy(() -> ProfileId.of(id)).as("profile id %s", id.replace("\r", "\\r").replace("\n", "\\n"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("profile id");
    }
  }

  @Test
  @DisplayName("plain http off loopback and other unsafe base URLs: refused with a message that says why")
  void unsafeBaseUrls() {
    for (String url : List.of("http://example.com", "http://api.cronofy.com", "http://10.0.0.1:8080",
        "http://127.0.0.1.example.com", "http://localhost.example.com:80", "http://[::ffff:127.0.0.1]",
        "http://0x7f000001", "http://2130706433", "http://169.254.169.254/latest")) {
      assertThatThrownBy(() -> ApiEndpoint.parse(url)).as(url)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
      assertThatThrownBy(() -> VertxIdentityOptions.builder().baseUrl(url)).as(url)
          .isInstanceOf(IllegalArgumentException.class);
    }
    for (String url : List.of("ftp://127.0.0.1", "https://user:pass@api.example.com", "https://api.example.com?x=1",
        "https://api.example.com#f", "//api.example.com", "api.example.com", "https://",
        "https://exa mple.com")) {
      assertThatThrownBy(() -> ApiEndpoint.parse(url)).as(url).isInstanceOf(IllegalArgumentException.class);
    }
    // the stub's own loopback URL is fine
    assertThat(ApiEndpoint.parse(stack.stub.baseUri().toString()).isTls()).isFalse();
  }
}
