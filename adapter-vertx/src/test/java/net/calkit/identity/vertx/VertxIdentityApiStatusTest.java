package net.calkit.identity.vertx;

import static net.calkit.identity.vertx.Await.failure;
import static net.calkit.identity.vertx.Await.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.error.FieldError;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InsufficientScopeException;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.InvalidRequestException;
import net.calkit.identity.domain.error.InvalidResponseException;
import net.calkit.identity.domain.error.LockedException;
import net.calkit.identity.domain.error.NotFoundException;
import net.calkit.identity.domain.error.PaymentRequiredException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.RetryAfter;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.UnauthorizedException;
import net.calkit.identity.domain.error.UnexpectedStatusException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("VertxIdentityApi: HTTP status to domain error")
class VertxIdentityApiStatusTest extends AdapterTestBase {

  static Stream<Arguments> apiStatuses() {
    return Stream.of(
        Arguments.of(400, InvalidRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(402, PaymentRequiredException.class),
        Arguments.of(403, InsufficientScopeException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(422, InvalidRequestException.class),
        Arguments.of(423, LockedException.class),
        Arguments.of(429, RateLimitedException.class),
        Arguments.of(500, ServerErrorException.class),
        Arguments.of(502, ServerErrorException.class),
        Arguments.of(503, ServerErrorException.class),
        Arguments.of(504, ServerErrorException.class),
        Arguments.of(599, ServerErrorException.class),
        Arguments.of(418, UnexpectedStatusException.class),
        Arguments.of(409, UnexpectedStatusException.class),
        Arguments.of(204, InvalidResponseException.class));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("apiStatuses")
  @DisplayName("each status of an API call fails with its own error, carrying the status and a body excerpt")
  void apiStatus(int status, Class<? extends IdentityException> expected) throws Exception {
    server.enqueue(TestServer.json(status, status == 204 ? "" : "{\"detail\":\"status " + status + "\"}"));

    Throwable failure = failure(api().account(TOKEN));

    assertThat(failure).isExactlyInstanceOf(expected);
    IdentityException error = (IdentityException) failure;
    if (status != 204) {
      // a 2xx that does not decode is the codec's error, which knows no status
      assertThat(error.status()).hasValue(status);
      assertThat(error.bodyExcerpt()).contains("{\"detail\":\"status " + status + "\"}");
    }
    assertThat(error.getMessage()).doesNotContain(TOKEN.value());
  }

  @Test
  @DisplayName("a body echoing the bearer token JSON-escaped, or cut inside it by the body limit, shows none of it")
  void escapedEcho() throws Exception {
    String escaped = TOKEN.value().replace("_", "\\u005f").replace("S", "\\u0053"); // every _ and S as a unicode escape
    String body = "{\"error\":\"invalid_token\",\"token\":\"" + escaped + "\"}";
    server.enqueue(TestServer.json(401, body));
    // chunked, so that the limit cuts the body instead of refusing an announced length
    server.enqueue((request, recorded) -> request.response().setStatusCode(401).setChunked(true).end(body));

    Throwable whole = failure(api().account(TOKEN));
    Throwable cut = failure(api(b -> b.maxBodyBytes(body.indexOf(escaped) + 20)).account(TOKEN)); // at_S3cretA

    assertThat(((IdentityException) whole).bodyExcerpt())
        .contains("{\"error\":\"invalid_token\",\"token\":\"[redacted]\"}");
    assertThat(((IdentityException) cut).bodyExcerpt())
        .contains("{\"error\":\"invalid_token\",\"token\":\"[redacted]");
    assertThat(whole.getMessage()).doesNotContain("3cretAccessToken");
    assertThat(cut.getMessage()).doesNotContain("3cretA");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {301, 302, 303, 307, 308})
  @DisplayName("a redirect is not followed: the target receives nothing, the call fails as an unexpected status")
  void redirectNotFollowed(int status) throws Exception {
    TestServer target = anotherServer();
    server.enqueue(TestServer.respond(status, Map.of("Location", target.baseUrl() + "/v1/account"), ""));

    Throwable failure = failure(api().account(TOKEN));

    assertThat(failure).isExactlyInstanceOf(UnexpectedStatusException.class)
        .hasMessageContaining("redirect not followed");
    assertThat(((IdentityException) failure).status()).hasValue(status);
    assertThat(target.requestCount()).as("requests (and bearer tokens) sent to the redirect target").isZero();
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  @DisplayName("400 on an API call keeps the OAuth error code and the body")
  void badRequestOnApi() throws Exception {
    server.enqueue(TestServer.json(400, "{\"error\":\"invalid_request\"}"));

    InvalidRequestException error = (InvalidRequestException) failure(api().profiles(TOKEN));

    assertThat(error.errorCode()).contains("invalid_request");
    assertThat(error.fieldErrors()).isEmpty();
    assertThat(error.bodyExcerpt()).contains("{\"error\":\"invalid_request\"}");
  }

  @Test
  @DisplayName("400 invalid_grant from the token endpoint is an invalid grant, without the body")
  void invalidGrant() throws Exception {
    server.enqueue(TestServer.json(400, "{\"error\":\"invalid_grant\",\"echo\":\"" + REFRESH.value() + "\"}"));

    Throwable failure = failure(api().refresh(CLIENT, REFRESH));

    assertThat(failure).isExactlyInstanceOf(InvalidGrantException.class);
    InvalidGrantException error = (InvalidGrantException) failure;
    assertThat(error.status()).hasValue(400);
    assertThat(error.bodyExcerpt()).isEmpty();
    assertThat(error.getMessage()).contains("invalid_grant").doesNotContain(REFRESH.value());
  }

  @Test
  @DisplayName("another 400 from the token endpoint is an invalid request with its error code, without the body")
  void otherTokenError() throws Exception {
    server.enqueue(TestServer.json(400,
        "{\"error\":\"invalid_client\",\"echo\":\"" + CLIENT.clientSecret().value() + "\"}"));

    Throwable failure = failure(api().refresh(CLIENT, REFRESH));

    assertThat(failure).isExactlyInstanceOf(InvalidRequestException.class);
    InvalidRequestException error = (InvalidRequestException) failure;
    assertThat(error.errorCode()).contains("invalid_client");
    assertThat(error.fieldErrors()).isEmpty();
    assertThat(error.bodyExcerpt()).isEmpty();
    assertThat(error.getMessage()).doesNotContain(CLIENT.clientSecret().value());
  }

  @Test
  @DisplayName("a token endpoint error code that is a piece of the refresh token is dropped, not quoted")
  void tokenErrorCodeCutFromASecret() throws Exception {
    // the code filter lets [a-z_]{1,64} through; a lowercase slice of the refresh token would pass it
    String slice = "s3cret".replace('3', 'e');
    RefreshToken refresh = RefreshToken.of("rt_" + slice + "refresh_token_9");
    server.enqueue(TestServer.json(400, "{\"error\":\"" + slice + "refresh\"}"));

    InvalidRequestException error = (InvalidRequestException) failure(api().refresh(CLIENT, refresh));

    assertThat(error.errorCode()).isEmpty();
    assertThat(error.getMessage()).doesNotContain(slice + "refresh");
  }

  @Test
  @DisplayName("a 401 invalid_client from the token endpoint is an invalid request with its code, without the body")
  void unauthorizedClient() throws Exception {
    server.enqueue(TestServer.json(401,
        "{\"error\":\"invalid_client\",\"echo\":\"" + CLIENT.clientSecret().value() + "\"}"));
    server.enqueue(TestServer.json(401, "{\"error\":\"invalid_client\"}"));

    Throwable refresh = failure(api().refresh(CLIENT, REFRESH));
    Throwable apiCall = failure(api().account(TOKEN));

    assertThat(refresh).isExactlyInstanceOf(InvalidRequestException.class);
    InvalidRequestException error = (InvalidRequestException) refresh;
    assertThat(error.status()).hasValue(401);
    assertThat(error.errorCode()).contains("invalid_client");
    assertThat(error.bodyExcerpt()).isEmpty();
    assertThat(error.getMessage()).doesNotContain(CLIENT.clientSecret().value());
    assertThat(apiCall).as("a 401 of an API call stays unauthorized").isExactlyInstanceOf(UnauthorizedException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {401, 403, 429, 500, 302, 418})
  @DisplayName("no error of the token endpoint carries its body")
  void tokenEndpointBodiesStayOut(int status) throws Exception {
    server.enqueue(TestServer.json(status, "{\"refresh_token\":\"" + REFRESH.value() + "\"}"));

    IdentityException error = (IdentityException) failure(api().refresh(CLIENT, REFRESH));

    assertThat(error.status()).hasValue(status);
    assertThat(error.bodyExcerpt()).isEmpty();
    assertThat(error.getMessage()).doesNotContain(REFRESH.value());
  }

  @Test
  @DisplayName("a malformed token answer is an invalid response that quotes none of it")
  void malformedTokenResponse() throws Exception {
    server.enqueue(TestServer.json(200, "{\"access_token\":\"at_NewSecret\",\"expires_in\":\"soon\""));

    Throwable failure = failure(api().refresh(CLIENT, REFRESH));

    assertThat(failure).isExactlyInstanceOf(InvalidResponseException.class);
    assertThat(failure.getMessage()).doesNotContain("at_NewSecret");
    assertThat(failure.getCause()).isNull();
    assertThat(((IdentityException) failure).bodyExcerpt()).isEmpty();
  }

  @Test
  @DisplayName("422 carries the field errors of its body")
  void fieldErrors() throws Exception {
    String body = "{\"errors\":{\"profile_id\":[{\"key\":\"errors.required\",\"description\":\"required\"}]}}";
    server.enqueue(TestServer.json(422, body));

    InvalidRequestException error = (InvalidRequestException) failure(api().revokeProfile(TOKEN, PROFILE));

    assertThat(error.status()).hasValue(422);
    assertThat(error.fieldErrors()).containsExactly(
        new FieldError("profile_id", Optional.of("errors.required"), Optional.of("required")));
    assertThat(error.getMessage()).contains("profile_id errors.required");
  }

  @Test
  @DisplayName("429 with Retry-After in seconds")
  void retryAfterSeconds() throws Exception {
    server.enqueue(TestServer.respond(429, Map.of("Retry-After", "7"), ""));

    RateLimitedException error = (RateLimitedException) failure(api().userInfo(TOKEN));

    assertThat(error.retryAfter()).contains(new RetryAfter.Delay(Duration.ofSeconds(7)));
  }

  @Test
  @DisplayName("429 with Retry-After as an HTTP date")
  void retryAfterDate() throws Exception {
    Instant at = Instant.parse("2026-11-25T13:00:00Z");
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
    server.enqueue(TestServer.respond(429, Map.of("Retry-After", date), ""));

    RateLimitedException error = (RateLimitedException) failure(api().userInfo(TOKEN));

    assertThat(error.retryAfter()).contains(new RetryAfter.At(at));
  }

  @ParameterizedTest(name = "[{index}] Retry-After \"{0}\"")
  @ValueSource(strings = {"", "soon", "-1"})
  @DisplayName("429 without a usable Retry-After has none")
  void retryAfterAbsentOrMalformed(String header) throws Exception {
    server.enqueue(header.isEmpty()
        ? TestServer.json(429, "{}")
        : TestServer.respond(429, Map.of("Retry-After", header), ""));

    RateLimitedException error = (RateLimitedException) failure(api().userInfo(TOKEN));

    assertThat(error.retryAfter()).isEmpty();
    assertThat(error.isTransient()).isTrue();
  }

  @Test
  @DisplayName("a 2xx body that is not JSON is an invalid response")
  void nonJsonBody() throws Exception {
    server.enqueue(TestServer.respond(200, Map.of("Content-Type", "text/html"), "<html>maintenance</html>"));

    Throwable failure = failure(api().account(TOKEN));

    assertThat(failure).isExactlyInstanceOf(InvalidResponseException.class);
    assertThat(((IdentityException) failure).bodyExcerpt()).hasValueSatisfying(b -> assertThat(b).contains("<html>"));
  }

  @Test
  @DisplayName("a 2xx JSON body of the wrong shape is an invalid response")
  void wrongShape() throws Exception {
    server.enqueue(TestServer.json(200, "{\"profiles\":{}}"));

    assertThat(failure(api().profiles(TOKEN))).isExactlyInstanceOf(InvalidResponseException.class);
  }

  @Test
  @DisplayName("a 2xx body is decoded whatever its Content-Type says (documented decision)")
  void contentTypeIsNotTrusted() throws Exception {
    server.enqueue(TestServer.respond(200, Map.of("Content-Type", "text/plain"), example("account.json")));

    Account account = value(api().account(TOKEN));

    assertThat(account).isEqualTo(CODEC.decodeAccount(exampleBytes("account.json")));
  }

  @Test
  @DisplayName("a revoke answered 200 instead of 202 still succeeds (any 2xx)")
  void revokeAnyTwoHundred() throws Exception {
    server.enqueue(TestServer.json(200, "{}"));

    assertThat(value(api().revokeProfile(TOKEN, PROFILE))).isNull();
  }

  @Test
  @DisplayName("every error of a call is one of the domain's, never a Vert.x exception")
  void onlyDomainErrors() throws Exception {
    for (int status : List.of(400, 401, 404, 422, 429, 500, 302, 418)) {
      server.enqueue(TestServer.json(status, "not json"));
      assertThat(failure(api().userInfo(TOKEN))).isInstanceOf(IdentityException.class);
    }
  }
}
