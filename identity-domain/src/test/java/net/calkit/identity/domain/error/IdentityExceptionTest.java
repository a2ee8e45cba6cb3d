package net.calkit.identity.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenSet;
import org.junit.jupiter.api.Test;

class IdentityExceptionTest {

  private static final String BODY = "{\"error\":\"x\"}";

  @Test
  void unauthorized() {
    IdentityException e = new UnauthorizedException(401, "token not recognized", "");
    assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHORIZED);
    assertThat(e.status()).isEqualTo(OptionalInt.of(401));
    assertThat(e).hasMessage("unauthorized (HTTP 401): token not recognized");
    assertThat(e.bodyExcerpt()).isEmpty();
    assertThat(e.isTransient()).isFalse();
  }

  @Test
  void invalidGrant() {
    IdentityException e = new InvalidGrantException(400, "", "{\"error\":\"invalid_grant\"}");
    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_GRANT);
    assertThat(e.status()).hasValue(400);
    assertThat(e).hasMessage("invalid grant (HTTP 400) [body: {\"error\":\"invalid_grant\"}]");
    assertThat(e.bodyExcerpt()).contains("{\"error\":\"invalid_grant\"}");
    assertThat(e.isTransient()).isFalse();
  }

  @Test
  void paymentRequiredInsufficientScopeNotFoundLocked() {
    assertSimple(new PaymentRequiredException(402, "", BODY), ErrorKind.PAYMENT_REQUIRED, 402,
        "payment required (HTTP 402) [body: {\"error\":\"x\"}]");
    assertSimple(new InsufficientScopeException(403, "needs read_events", ""), ErrorKind.INSUFFICIENT_SCOPE, 403,
        "insufficient scope (HTTP 403): needs read_events");
    assertSimple(new NotFoundException(404, "", ""), ErrorKind.NOT_FOUND, 404, "not found (HTTP 404)");
    assertSimple(new LockedException(423, "", BODY), ErrorKind.LOCKED, 423,
        "locked (HTTP 423) [body: {\"error\":\"x\"}]");
  }

  private static void assertSimple(IdentityException e, ErrorKind kind, int status, String message) {
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.status()).hasValue(status);
    assertThat(e).hasMessage(message);
    assertThat(e.isTransient()).isFalse();
    assertThat(e.getCause()).isNull();
  }

  @Test
  void invalidRequestWithFieldErrors() {
    InvalidRequestException e = new InvalidRequestException(422, "", List.of(
        new FieldError("profile_id", Optional.of("errors.required"), Optional.of("required")),
        new FieldError("tzid", Optional.empty(), Optional.of("is not a zone")),
        new FieldError("x", Optional.empty(), Optional.empty())), "{}");
    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
    assertThat(e.status()).hasValue(422);
    assertThat(e).hasMessage(
        "invalid request (HTTP 422): profile_id errors.required; tzid is not a zone; x invalid [body: {}]");
    assertThat(e.fieldErrors()).hasSize(3);
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.isTransient()).isFalse();
  }

  @Test
  void invalidRequestWithOAuthErrorCode() {
    InvalidRequestException e = new InvalidRequestException(400, "invalid_client", List.of(), "");
    assertThat(e).hasMessage("invalid request (HTTP 400): invalid_client");
    assertThat(e.errorCode()).contains("invalid_client");
    assertThat(e.fieldErrors()).isEmpty();
  }

  @Test
  void invalidRequestDetailIsBoundedForManyFieldErrors() {
    List<FieldError> many = java.util.stream.IntStream.range(0, 100)
        .mapToObj(i -> new FieldError("param_" + i, Optional.of("errors.required"), Optional.empty()))
        .collect(java.util.stream.Collectors.toList());
    InvalidRequestException e = new InvalidRequestException(422, "", many, "");
    assertThat(e.getMessage()).hasSizeLessThanOrEqualTo("invalid request (HTTP 422): ".length() + 203);
    assertThat(e.getMessage()).endsWith("...");
    assertThat(e.fieldErrors()).hasSize(100);
  }

  @Test
  void rateLimited() {
    RateLimitedException withHint = new RateLimitedException(Optional.of(new RetryAfter.Delay(Duration.ofSeconds(30))),
        "slow down");
    assertThat(withHint.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
    assertThat(withHint.status()).hasValue(429);
    assertThat(withHint).hasMessage("rate limited (HTTP 429): retry after 30 s [body: slow down]");
    assertThat(withHint.retryAfter()).contains(new RetryAfter.Delay(Duration.ofSeconds(30)));
    assertThat(withHint.isTransient()).isTrue();

    RateLimitedException at = new RateLimitedException(
        Optional.of(new RetryAfter.At(Instant.parse("2026-11-25T12:00:00Z"))), "");
    assertThat(at).hasMessage("rate limited (HTTP 429): retry after 2026-11-25T12:00:00Z");

    RateLimitedException bare = new RateLimitedException(Optional.empty(), "");
    assertThat(bare).hasMessage("rate limited (HTTP 429)");
    assertThat(bare.retryAfter()).isEmpty();
  }

  @Test
  void serverErrors() {
    for (int status : new int[] {500, 502, 503, 504}) {
      ServerErrorException e = new ServerErrorException(status, "");
      assertThat(e.kind()).isEqualTo(ErrorKind.SERVER_ERROR);
      assertThat(e.status()).hasValue(status);
      assertThat(e).hasMessage("server error (HTTP " + status + ")");
      assertThat(e.isTransient()).as("%s is retried", status).isTrue();
    }
    for (int status : new int[] {501, 505, 599}) {
      assertThat(new ServerErrorException(status, "").isTransient()).as("%s is not retried", status).isFalse();
    }
    assertThatThrownBy(() -> new ServerErrorException(499, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("server error status must be 5xx: 499");
    assertThatThrownBy(() -> new ServerErrorException(600, "")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unexpectedStatus() {
    UnexpectedStatusException redirect = new UnexpectedStatusException(302, "redirect not followed", "");
    assertThat(redirect.kind()).isEqualTo(ErrorKind.UNEXPECTED_STATUS);
    assertThat(redirect).hasMessage("unexpected status (HTTP 302): redirect not followed");
    assertThat(redirect.isTransient()).isFalse();
    assertThat(new UnexpectedStatusException(408, "", "").isTransient()).isTrue();
    assertThat(new UnexpectedStatusException(418, "", "").isTransient()).isFalse();
  }

  @Test
  void invalidResponse() {
    IllegalStateException cause = new IllegalStateException("parser");
    InvalidResponseException e = new InvalidResponseException(200, "missing $.profiles[1].profile_id", "{", cause);
    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_RESPONSE);
    assertThat(e).hasMessage("invalid response (HTTP 200): missing $.profiles[1].profile_id [body: {]");
    assertThat(e).hasCause(cause);
    assertThat(e.isTransient()).isFalse();
    assertThat(new InvalidResponseException(200, "not JSON", "<html>").getCause()).isNull();
  }

  @Test
  void transportFailure() {
    IOException cause = new IOException("Connection refused");
    TransportException e = new TransportException("connection refused to 127.0.0.1:1", cause);
    assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT_FAILURE);
    assertThat(e.status()).isEmpty();
    assertThat(e).hasMessage("transport failure: connection refused to 127.0.0.1:1").hasCause(cause);
    assertThat(e.isTransient()).isTrue();
  }

  @Test
  void deadlines() {
    DeadlineExceededException attempt = new DeadlineExceededException(DeadlineExceededException.Scope.ATTEMPT,
        Duration.ofMillis(1500));
    assertThat(attempt.kind()).isEqualTo(ErrorKind.TIMEOUT);
    assertThat(attempt.status()).isEmpty();
    assertThat(attempt).hasMessage("timeout: attempt did not complete within 1500 ms");
    assertThat(attempt.isTransient()).isTrue();
    assertThat(attempt.timeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(attempt.scope()).isEqualTo(DeadlineExceededException.Scope.ATTEMPT);

    DeadlineExceededException call = new DeadlineExceededException(DeadlineExceededException.Scope.CALL,
        Duration.ofSeconds(30));
    assertThat(call).hasMessage("timeout: call did not complete within 30000 ms");
    assertThat(call.isTransient()).isFalse();
  }

  @Test
  void tokenStoreFailure() {
    IllegalStateException cause = new IllegalStateException("disk full");
    TokenStoreException e = new TokenStoreException(cause);
    assertThat(e.kind()).isEqualTo(ErrorKind.TOKEN_STORE_FAILURE);
    assertThat(e.status()).isEmpty();
    assertThat(e).hasMessage("token store failure: the rotated tokens could not be stored; the previous tokens stay in use")
        .hasCause(cause);
    assertThat(e.isTransient()).isFalse();
  }

  @Test
  void tokenStoreFailureCarriesTheUnsavedTokensWithoutShowingThem() throws Exception {
    TokenSet rotated = TokenSet.of(AccessToken.of("at-SECRET-rotated"), RefreshToken.of("rt-SECRET-rotated"));
    IllegalStateException cause = new IllegalStateException("disk full");
    TokenStoreException e = new TokenStoreException(cause, rotated);

    assertThat(e.unsavedTokens()).containsSame(rotated);
    assertThat(e).hasCause(cause).hasMessage(new TokenStoreException(cause).getMessage());
    assertThat(e.toString()).doesNotContain("SECRET");
    assertThat(new TokenStoreException(cause).unsavedTokens()).isEmpty();
    assertThatThrownBy(() -> new TokenStoreException(cause, null)).isInstanceOf(NullPointerException.class);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    assertThat(new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("SECRET");
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(((TokenStoreException) in.readObject()).unsavedTokens()).as("transient: not serialized").isEmpty();
    }
  }

  @Test
  void everyKindHasItsSubtype() {
    List<IdentityException> all = List.of(new UnauthorizedException(401, "", ""),
        new InvalidGrantException(400, "", ""), new PaymentRequiredException(402, "", ""),
        new InsufficientScopeException(403, "", ""), new NotFoundException(404, "", ""),
        new LockedException(423, "", ""), new InvalidRequestException(422, "", List.of(), ""),
        new RateLimitedException(Optional.empty(), ""), new ServerErrorException(500, ""),
        new UnexpectedStatusException(418, "", ""), new InvalidResponseException(200, "x", ""),
        new TransportException("x", new IOException()),
        new DeadlineExceededException(DeadlineExceededException.Scope.CALL, Duration.ofSeconds(1)),
        new TokenStoreException(new IllegalStateException()));
    EnumSet<ErrorKind> kinds = EnumSet.noneOf(ErrorKind.class);
    all.forEach(e -> kinds.add(e.kind()));
    assertThat(kinds).containsExactlyInAnyOrder(ErrorKind.values());
    assertThat(IdentityException.class.getPermittedSubclasses()).hasSize(ErrorKind.values().length);
    all.forEach(e -> assertThat(e.getMessage()).as(e.getClass().getSimpleName()).startsWith(e.kind().label()));
  }

  @Test
  void bodiesAreExcerptedAndEscapedInMessages() {
    String body = "line1\r\nline2\u0000" + "x".repeat(1000);
    NotFoundException e = new NotFoundException(404, "", body);
    assertThat(e.getMessage()).doesNotContain("\r").doesNotContain("\n").doesNotContain("\u0000");
    assertThat(e.getMessage()).contains("line1\\r\\nline2\\u0000");
    assertThat(e.bodyExcerpt()).hasValueSatisfying(x -> assertThat(x).hasSize(BodyExcerpt.MAX_LENGTH + 3));
  }

  @Test
  void detailsAreEscapedToo() {
    UnauthorizedException e = new UnauthorizedException(401, "invalid_token\r\nX-Injected: yes", "");
    assertThat(e.getMessage()).isEqualTo("unauthorized (HTTP 401): invalid_token\\r\\nX-Injected: yes");
  }
}
