package net.calkit.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InsufficientScopeException;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.InvalidRequestException;
import net.calkit.identity.domain.error.InvalidResponseException;
import net.calkit.identity.domain.error.LockedException;
import net.calkit.identity.domain.error.NotFoundException;
import net.calkit.identity.domain.error.PaymentRequiredException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.TokenStoreException;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.domain.error.UnauthorizedException;
import net.calkit.identity.domain.error.UnexpectedStatusException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ErrorReportTest {
  private static final String TOKEN = "access-secret-123";
  private static final String REFRESH = "refresh-secret-456";
  private static final String CLIENT_SECRET = "client-secret-789";

  private static Settings settings(String... command) throws UsageException {
    String[] args = new String[command.length + 8];
    String[] credentials = {"--token", TOKEN, "--refresh-token", REFRESH, "--client-id", "id", "--client-secret",
        CLIENT_SECRET};
    System.arraycopy(credentials, 0, args, 0, 8);
    System.arraycopy(command, 0, args, 8, command.length);
    return Settings.resolve(CommandLine.parse(args), Map.of());
  }

  @Test
  @DisplayName("the line names the kind and the HTTP status, and never the response body")
  void kindAndStatus() throws Exception {
    Settings settings = settings("status");
    String body = "{\"leak\":\"body text\"}";

    assertThat(ErrorReport.line(new InsufficientScopeException(403, "", body), settings))
        .isEqualTo("error: insufficient scope (HTTP 403): the token lacks the scope this call needs");
    assertThat(ErrorReport.line(new ServerErrorException(503, body), settings))
        .startsWith("error: server error (HTTP 503)").doesNotContain("body text");
    assertThat(ErrorReport.line(new RateLimitedException(Optional.empty(), body), settings))
        .startsWith("error: rate limited (HTTP 429)");
    assertThat(ErrorReport.line(new UnexpectedStatusException(302, "redirect not followed", body), settings))
        .isEqualTo("error: unexpected status (HTTP 302): redirect not followed");
    assertThat(ErrorReport.line(new InvalidResponseException(200, "malformed", body), settings))
        .startsWith("error: invalid response (HTTP 200)");
    assertThat(ErrorReport.line(new TransportException("connection reset", null), settings))
        .isEqualTo("error: transport failure: could not talk to api.cronofy.com (connection refused, reset or TLS"
            + " failure)");
  }

  @Test
  @DisplayName("every kind gets one line starting with error: and its label")
  void everyKindOneLine() throws Exception {
    Settings settings = settings("revoke", "pro_x");
    List<IdentityException> errors = List.of(new UnauthorizedException(401, "", ""),
        new InvalidGrantException(400, "", ""), new PaymentRequiredException(402, "", ""),
        new InsufficientScopeException(403, "", ""), new NotFoundException(404, "", ""),
        new LockedException(423, "", ""), new InvalidRequestException(422, "", List.of(), ""),
        new RateLimitedException(Optional.empty(), ""), new ServerErrorException(500, ""),
        new UnexpectedStatusException(418, "", ""), new InvalidResponseException(200, "x", ""),
        new TransportException("x", null), new DeadlineExceededException(DeadlineExceededException.Scope.CALL,
            Duration.ofMillis(1500)), new TokenStoreException(new RuntimeException("disk full")));

    for (IdentityException error : errors) {
      String line = ErrorReport.line(error, settings);
      assertThat(line).as("%s", error.kind()).startsWith("error: " + error.kind().label()).doesNotContain("\n");
    }
    assertThat(ErrorReport.line(new NotFoundException(404, "", ""), settings)).endsWith("no profile pro_x");
    assertThat(ErrorReport.line(new DeadlineExceededException(DeadlineExceededException.Scope.CALL,
        Duration.ofMillis(1500)), settings)).contains("within 1500 ms");
  }

  @Test
  @DisplayName("a 401 without refresh credentials says how to allow a refresh")
  void unauthorizedHint() throws Exception {
    Settings plain = Settings.resolve(CommandLine.parse(new String[] {"--token", "t", "status"}), Map.of());

    assertThat(ErrorReport.line(new UnauthorizedException(401, "", ""), plain)).contains("--refresh-token");
    assertThat(ErrorReport.line(new UnauthorizedException(401, "", ""), settings("status"))).contains("after a refresh");
  }

  @Test
  @DisplayName("every secret is redacted, even if something put one into a line")
  void redacts() {
    String line = ErrorReport.redact("x " + TOKEN + " y " + REFRESH + " z " + CLIENT_SECRET,
        List.of(TOKEN, REFRESH, CLIENT_SECRET, "abc"));

    assertThat(line).isEqualTo("x [redacted] y [redacted] z [redacted]");
  }

  @Test
  @DisplayName("a server error says whether it was retried: 501 and 505 are not, nor is a revoke except on 503")
  void serverErrorHints() throws Exception {
    Settings status = settings("status");
    Settings revoke = settings("revoke", "pro_x");

    assertThat(ErrorReport.line(new ServerErrorException(503, ""), status))
        .isEqualTo("error: server error (HTTP 503): Cronofy failed, and kept failing after retries");
    for (int notRetried : new int[] {501, 505, 507}) {
      assertThat(ErrorReport.line(new ServerErrorException(notRetried, ""), status)).as("HTTP %d", notRetried)
          .isEqualTo("error: server error (HTTP " + notRetried + "): the server cannot handle this request (not"
              + " retried, as trying again would not help); check --base-url and any proxy in between");
    }
    assertThat(ErrorReport.line(new ServerErrorException(500, ""), revoke))
        .isEqualTo("error: server error (HTTP 500): Cronofy failed; not retried, as the revoke may have been applied:"
            + " run profiles to check");
    assertThat(ErrorReport.line(new ServerErrorException(503, ""), revoke)).endsWith("kept failing after retries");
  }

  @Test
  @DisplayName("invalid_client, as a 400 or a 401, says to check the client options without printing them")
  void invalidClientHint() throws Exception {
    Settings settings = settings("status");

    for (int status : new int[] {400, 401}) {
      String line = ErrorReport.line(new InvalidRequestException(status, "invalid_client", List.of(), ""), settings);
      assertThat(line).as("HTTP %d", status).startsWith("error: invalid request (HTTP " + status + "): the refresh was"
          + " refused: the client credentials are wrong (invalid_client); check --client-id and --client-secret")
          .doesNotContain(CLIENT_SECRET).doesNotContain(REFRESH).doesNotContain(TOKEN);
    }
    assertThat(ErrorReport.line(new InvalidRequestException(400, "invalid_request", List.of(), ""), settings))
        .isEqualTo("error: invalid request (HTTP 400): the request was refused");
  }
}
