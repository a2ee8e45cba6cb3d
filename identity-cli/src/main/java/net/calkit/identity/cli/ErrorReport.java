package net.calkit.identity.cli;

import java.time.Duration;
import java.util.List;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.ErrorKind;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InvalidRequestException;

/**
 * The one stderr line for a failed call: {@code error: <kind> (HTTP <status>): <hint>}. It is built from
 * the error's kind and status, not from its message, so no response body (which a server could fill
 * with anything) reaches the terminal; every given secret is redacted all the same.
 */
final class ErrorReport {
  /** Shorter secrets are not redacted: replacing two letters would garble the line, not protect anything. */
  static final int MIN_REDACTED_LENGTH = 6;
  /** The OAuth error of unknown client credentials. */
  static final String INVALID_CLIENT = "invalid_client";

  private ErrorReport() {}

  static String line(IdentityException error, Settings settings) {
    StringBuilder out = new StringBuilder("error: ").append(error.kind().label());
    error.status().ifPresent(status -> out.append(" (HTTP ").append(status).append(')'));
    String hint = hint(error, settings);
    if (!hint.isEmpty()) {
      out.append(": ").append(hint);
    }
    return redact(out.toString(), settings.secrets());
  }

  private static String hint(IdentityException error, Settings settings) {
    ErrorKind kind = error.kind();
    int status = error.status().orElse(0);
    switch (kind) {
      case UNAUTHORIZED:
        return settings.canRefresh() || settings.demo() ? "the access token was refused, even after a refresh"
            : "the access token was refused; give --refresh-token, --client-id and --client-secret to refresh it";
      case INVALID_GRANT:
        return "the refresh token was refused; the account must authorize again";
      case INSUFFICIENT_SCOPE:
        return "the token lacks the scope this call needs";
      case PAYMENT_REQUIRED:
        return "the Cronofy plan lacks this feature";
      case NOT_FOUND:
        return settings.profileId().map(id -> "no profile " + Text.clean(id.value())).orElse("no such resource");
      case LOCKED:
        return "the account is locked";
      case INVALID_REQUEST:
        if (error instanceof InvalidRequestException
            && ((InvalidRequestException) error).errorCode().filter(INVALID_CLIENT::equals).isPresent()) {
          // only a refresh sends client credentials; Cronofy answers 400 (or, as OAuth allows, 401) invalid_client
          return "the refresh was refused: the client credentials are wrong (invalid_client); check --client-id and"
              + " --client-secret (or " + Settings.ENV_CLIENT_ID + " and " + Settings.ENV_CLIENT_SECRET + ")";
        }
        return "the request was refused";
      case RATE_LIMITED:
        return "still rate limited after retries; try again later";
      case SERVER_ERROR:
        return serverErrorHint(error, settings);
      case UNEXPECTED_STATUS:
        return status >= 300 && status < 400 ? "redirect not followed" : "the API does not document this status";
      case INVALID_RESPONSE:
        return "the response is not what the API documents (malformed, not JSON, or too large)";
      case TRANSPORT_FAILURE:
        return "could not talk to " + host(settings) + " (connection refused, reset or TLS failure)";
      case TIMEOUT:
        if (error instanceof DeadlineExceededException) {
          DeadlineExceededException deadline = (DeadlineExceededException) error;
          if (deadline.scope() == DeadlineExceededException.Scope.CALL) {
            return "no answer within " + duration(deadline.timeout()) + " (--timeout), retries included";
          }
        }
        return "no answer from " + host(settings) + " in time, after retries";
      case TOKEN_STORE_FAILURE:
        return "the refreshed tokens could not be written to "
            + settings.tokenFile().map(f -> Text.clean(f.path().toString())).orElse("the token store")
            + "; the file still holds the previous tokens";
      default:
        return "";
    }
  }

  /** Says whether the failure was retried: only 500, 502, 503 and 504 are, and a revoke only on 503. */
  private static String serverErrorHint(IdentityException error, Settings settings) {
    if (!error.isTransient()) {
      return "the server cannot handle this request (not retried, as trying again would not help); check"
          + " --base-url and any proxy in between";
    }
    if (settings.command() == Command.REVOKE && error.status().orElse(0) != 503) {
      return "Cronofy failed; not retried, as the revoke may have been applied: run profiles to check";
    }
    return "Cronofy failed, and kept failing after retries";
  }

  private static String host(Settings settings) {
    return settings.demo() ? "the demo server" : Text.clean(settings.endpoint().host());
  }

  static String duration(Duration timeout) {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** Replaces every occurrence of each secret with {@code [redacted]}. */
  static String redact(String line, List<String> secrets) {
    String result = line;
    for (String secret : secrets) {
      if (secret.length() >= MIN_REDACTED_LENGTH) {
        result = result.replace(secret, "[redacted]");
      }
    }
    return result;
  }
}
