package net.calkit.identity.domain.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import net.calkit.identity.domain.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CredentialsTest {

  private static final String SECRET = "sEcReT-7f3a9c";

  static Stream<Arguments> secretTypes() {
    return Stream.of(
        type("access token", AccessToken::of, AccessToken::value),
        type("refresh token", RefreshToken::of, RefreshToken::value),
        type("client secret", ClientSecret::of, ClientSecret::value),
        type("client id", ClientId::of, ClientId::value));
  }

  private static <T> Arguments type(String what, Function<String, T> of, Function<T, String> value) {
    Function<String, String> roundTrip = s -> value.apply(of.apply(s));
    return Arguments.of(what, roundTrip);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secretTypes")
  void acceptsPrintableAscii(String what, Function<String, String> parse) {
    assertThat(parse.apply(SECRET)).isEqualTo(SECRET);
    assertThat(parse.apply("a.b~c+d/e=")).isEqualTo("a.b~c+d/e=");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secretTypes")
  void rejectsHeaderInjectionAndWhitespaceWithoutEchoingTheSecret(String what, Function<String, String> parse) {
    assertRejected(what, parse, SECRET + "\r", "CR", SECRET.length());
    assertRejected(what, parse, SECRET + "\nX-Evil: 1", "LF", SECRET.length());
    assertRejected(what, parse, SECRET + " " + SECRET, "space", SECRET.length());
    assertRejected(what, parse, "\t" + SECRET, "TAB", 0);
    assertRejected(what, parse, SECRET + "\u0000", "control character U+0000", SECRET.length());
    assertRejected(what, parse, SECRET + "\u007f", "control character U+007F", SECRET.length());
    assertRejected(what, parse, SECRET + "\u00e9", "non-ASCII character U+00E9", SECRET.length());
  }

  private static void assertRejected(String what, Function<String, String> parse, String value, String kind,
      int index) {
    assertThatThrownBy(() -> parse.apply(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(what + " has a forbidden character (" + kind + ") at index " + index
            + "; only printable ASCII without whitespace is allowed")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("sEcReT"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secretTypes")
  void rejectsEmptyAndNull(String what, Function<String, String> parse) {
    assertThatThrownBy(() -> parse.apply("")).hasMessage(what + " must not be empty");
    assertThatThrownBy(() -> parse.apply(null)).isInstanceOf(NullPointerException.class)
        .hasMessage(what + " == null");
  }

  @Test
  void toStringNeverShowsASecret() {
    AccessToken access = AccessToken.of(SECRET + "A");
    RefreshToken refresh = RefreshToken.of(SECRET + "R");
    ClientSecret clientSecret = ClientSecret.of(SECRET + "C");
    ClientCredentials credentials = new ClientCredentials(ClientId.of("my-client"), clientSecret);
    TokenSet tokens = new TokenSet(access, Optional.of(refresh), Optional.of(Instant.parse("2030-01-01T00:00:00Z")),
        Optional.of(Scope.of("read_events")));
    TokenResponse response = new TokenResponse("bearer", access, Optional.of(refresh),
        Optional.of(Duration.ofSeconds(3600)), Optional.of(Scope.of("read_events")));

    assertThat(access).hasToString("AccessToken[redacted]");
    assertThat(refresh).hasToString("RefreshToken[redacted]");
    assertThat(clientSecret).hasToString("ClientSecret[redacted]");
    assertThat(credentials).hasToString("ClientCredentials[clientId=my-client, clientSecret=redacted]");
    assertThat(tokens).hasToString(
        "TokenSet[accessToken=redacted, refreshToken=redacted, expiresAt=2030-01-01T00:00:00Z, scope=read_events]");
    assertThat(response).hasToString(
        "TokenResponse[tokenType=bearer, accessToken=redacted, refreshToken=redacted, expiresIn=PT1H, "
            + "scope=read_events]");
    for (Object value : new Object[] {access, refresh, clientSecret, credentials, tokens, response}) {
      assertThat(value.toString()).as(value.getClass().getSimpleName()).doesNotContain(SECRET);
    }
  }

  @Test
  void toStringSaysWhatIsAbsent() {
    TokenSet bare = TokenSet.of(AccessToken.of(SECRET));
    assertThat(bare).hasToString("TokenSet[accessToken=redacted, refreshToken=none, expiresAt=?, scope=?]");
    TokenResponse minimal = new TokenResponse("bearer", AccessToken.of(SECRET), Optional.empty(), Optional.empty(),
        Optional.empty());
    assertThat(minimal).hasToString(
        "TokenResponse[tokenType=bearer, accessToken=redacted, refreshToken=none, expiresIn=?, scope=?]");
  }

  @Test
  void secretsAreStillComparedByValue() {
    assertThat(AccessToken.of("abc")).isEqualTo(AccessToken.of("abc")).isNotEqualTo(AccessToken.of("abd"));
    assertThat(TokenSet.of(AccessToken.of("a"), RefreshToken.of("r")).refreshToken()).contains(RefreshToken.of("r"));
    assertThat(ClientCredentials.of("id", "secret").clientSecret().value()).isEqualTo("secret");
  }
}
