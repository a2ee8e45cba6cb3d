package net.calkit.identity.vertx.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.error.BodyExcerpt;
import net.calkit.identity.domain.error.FieldError;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InsufficientScopeException;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.InvalidRequestException;
import net.calkit.identity.domain.error.LockedException;
import net.calkit.identity.domain.error.NotFoundException;
import net.calkit.identity.domain.error.PaymentRequiredException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.RetryAfter;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.UnauthorizedException;
import net.calkit.identity.domain.error.UnexpectedStatusException;
import net.calkit.identity.json.IdentityJsonCodec;

/** Maps a non-2xx response to the domain error that means the same. */
public final class Responses {
  /** The OAuth error of an unknown or revoked refresh token. */
  public static final String INVALID_GRANT = "invalid_grant";
  /** The OAuth error of unknown client credentials. */
  public static final String INVALID_CLIENT = "invalid_client";

  /** RFC 6749's error codes (section 5.2): constants, kept even if a secret happens to be part of one. */
  private static final Set<String> OAUTH_ERRORS = Set.of("invalid_request", INVALID_CLIENT, INVALID_GRANT,
      "unauthorized_client", "unsupported_grant_type", "invalid_scope");

  private Responses() {}

  /**
   * The error for a non-2xx {@code status} of a {@code /v1} endpoint.
   *
   * @param bearer the access token sent, redacted wherever the body echoes it, literally or JSON-escaped
   * @param retryAfter the {@code Retry-After} header, if sent
   * @param body the (possibly truncated) body
   */
  public static IdentityException apiError(IdentityJsonCodec codec, int status, AccessToken bearer,
      Optional<String> retryAfter, byte[] body) {
    return error(codec, status, false, List.of(bearer.value()), retryAfter, body);
  }

  /**
   * The error for a non-2xx {@code status} of {@code /oauth/token}, whose body never reaches a message (a
   * token endpoint may echo secrets); only a plausible OAuth error code that is none of the secrets sent is kept.
   */
  public static IdentityException tokenError(IdentityJsonCodec codec, int status, ClientCredentials client,
      RefreshToken refreshToken, Optional<String> retryAfter, byte[] body) {
    return error(codec, status, true, List.of(refreshToken.value(), client.clientSecret().value()), retryAfter,
        body);
  }

  private static IdentityException error(IdentityJsonCodec codec, int status, boolean tokenEndpoint,
      List<String> secrets, Optional<String> retryAfter, byte[] body) {
    // the body may have been cut at the body limit, possibly inside an echoed secret
    String text = tokenEndpoint ? "" : redact(excerptWindow(body, secrets), secrets, true);
    if (status >= 300 && status < 400) {
      return new UnexpectedStatusException(status, "redirect not followed", text);
    }
    switch (status) {
      case 400:
        // only a plausible OAuth error code travels on: a token endpoint echoing secrets in "error" must not leak them
        String code = codec.decodeOAuthError(body).filter(c -> c.matches("[a-z_]{1,64}"))
            .filter(c -> !tokenEndpoint || OAUTH_ERRORS.contains(c) || secrets.stream().noneMatch(secret ->
                c.contains(secret) || (c.length() >= 4 && secret.contains(c))))
            .orElse("");
        if (tokenEndpoint && code.equals(INVALID_GRANT)) {
          return new InvalidGrantException(status, INVALID_GRANT, "");
        }
        return new InvalidRequestException(status, tokenEndpoint ? code : redact(code, secrets, false),
            List.of(), text);
      case 401:
        if (tokenEndpoint && codec.decodeOAuthError(body).filter(INVALID_CLIENT::equals).isPresent()) {
          // OAuth allows 401 for unknown client credentials: no access token was refused
          return new InvalidRequestException(status, INVALID_CLIENT, List.of(), "");
        }
        return new UnauthorizedException(status, "", text);
      case 402:
        return new PaymentRequiredException(status, "", text);
      case 403:
        return new InsufficientScopeException(status, "", text);
      case 404:
        return new NotFoundException(status, "", text);
      case 422:
        return new InvalidRequestException(status, "", redact(codec.decodeFieldErrors(body), secrets), text);
      case 423:
        return new LockedException(status, "", text);
      case 429:
        return new RateLimitedException(retryAfter.flatMap(RetryAfter::parse), text);
      default:
        if (status >= 500 && status <= 599) {
          return new ServerErrorException(status, text);
        }
        return new UnexpectedStatusException(status, "", text);
    }
  }

  /**
   * The start of the body that can reach an exception: only {@link BodyExcerpt#MAX_LENGTH} characters do,
   * and a secret starting among them ends within six characters per character of it ({@code \\uXXXX}).
   * Redacting that much, not a body of up to {@code maxBodyBytes}, bounds the work: matching is
   * proportional to the text times the secret's length.
   */
  private static String excerptWindow(byte[] body, List<String> secrets) {
    int longest = 0;
    for (String secret : secrets) {
      longest = Math.max(longest, secret.length());
    }
    long chars = BodyExcerpt.MAX_LENGTH + 6L * longest;
    // at most four bytes per character; a character cut at the end cannot belong to an ASCII secret
    int bytes = (int) Math.min(body.length, 4 * chars);
    String text = new String(body, 0, bytes, StandardCharsets.UTF_8);
    return text.length() > chars ? text.substring(0, (int) chars) : text;
  }

  /** The field errors with the secrets redacted from every string (a server may echo parameters). */
  private static List<FieldError> redact(List<FieldError> errors, List<String> secrets) {
    return errors.stream()
        .map(e -> new FieldError(redact(e.parameter(), secrets, false),
            e.key().map(k -> redact(k, secrets, false)), e.description().map(d -> redact(d, secrets, false))))
        .collect(Collectors.toList());
  }

  /** {@code text} with every secret, literal or JSON-escaped, replaced by {@code [redacted]} ({@link Redaction}). */
  static String redact(String text, List<String> secrets, boolean mayBeCut) {
    String result = text;
    for (String secret : secrets) {
      result = Redaction.redact(result, secret, mayBeCut);
    }
    return result;
  }
}
