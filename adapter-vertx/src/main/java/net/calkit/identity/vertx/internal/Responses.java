package net.calkit.identity.vertx.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.calkit.identity.domain.credentials.AccessToken;
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

  private Responses() {}

  /**
   * The error for a non-2xx {@code status}.
   *
   * @param bearer the access token sent to a {@code /v1} endpoint, redacted wherever the body echoes it;
   *     empty for {@code /oauth/token}, whose bodies never reach a message (a token endpoint may echo secrets)
   * @param retryAfter the {@code Retry-After} header, if sent
   * @param body the (possibly truncated) body
   */
  public static IdentityException error(IdentityJsonCodec codec, int status, Optional<AccessToken> bearer,
      Optional<String> retryAfter, byte[] body) {
    boolean tokenEndpoint = bearer.isEmpty();
    String text = bearer.map(token -> redact(new String(body, StandardCharsets.UTF_8), token.value())).orElse("");
    if (status >= 300 && status < 400) {
      return new UnexpectedStatusException(status, "redirect not followed", text);
    }
    switch (status) {
      case 400:
        // only a plausible OAuth error code travels on: a token endpoint echoing secrets in "error" must not leak them
        String code = codec.decodeOAuthError(body).filter(c -> c.matches("[a-z_]{1,64}")).orElse("");
        if (tokenEndpoint && code.equals(INVALID_GRANT)) {
          return new InvalidGrantException(status, INVALID_GRANT, "");
        }
        return new InvalidRequestException(status, tokenEndpoint ? code : redact(code, bearer.get().value()),
            List.of(), text);
      case 401:
        return new UnauthorizedException(status, "", text);
      case 402:
        return new PaymentRequiredException(status, "", text);
      case 403:
        return new InsufficientScopeException(status, "", text);
      case 404:
        return new NotFoundException(status, "", text);
      case 422:
        return new InvalidRequestException(status, "", redact(codec.decodeFieldErrors(body), bearer), text);
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

  /** The field errors with the bearer token redacted from every string (a server may echo parameters). */
  private static List<FieldError> redact(List<FieldError> errors, Optional<AccessToken> bearer) {
    if (bearer.isEmpty()) {
      return errors;
    }
    String secret = bearer.get().value();
    return errors.stream()
        .map(e -> new FieldError(redact(e.parameter(), secret), e.key().map(k -> redact(k, secret)),
            e.description().map(d -> redact(d, secret))))
        .collect(Collectors.toList());
  }

  /** {@code text} with every occurrence of {@code secret} replaced by {@code [redacted]}. */
  static String redact(String text, String secret) {
    return text.replace(secret, "[redacted]");
  }
}
