package net.calkit.identity.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.error.BodyExcerpt;
import net.calkit.identity.domain.error.FieldError;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.InvalidRequestException;
import net.calkit.identity.json.IdentityJsonCodec;
import net.calkit.identity.testkit.gen.SeededRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Secrets echoed by a server, literally, JSON-escaped, percent-encoded or cut off, never reach an exception. */
class RedactionTest {
  private static final IdentityJsonCodec CODEC = IdentityJsonCodec.create();
  private static final String FRAME_START = "{\"error\":\"invalid_token\",\"echo\":\"";
  private static final String FRAME_END = "\",\"n\":1}";
  private static final int RUNS = 500;

  @Test
  @DisplayName("a literal echo is redacted")
  void literal() {
    assertThat(Redaction.redact("a at_S3cret/x b at_S3cret/x", "at_S3cret/x", false))
        .isEqualTo("a [redacted] b [redacted]");
  }

  @Test
  @DisplayName("JSON escapes of any character, in any mix, are redacted; the text around is kept as it was")
  void escapedForms() {
    String secret = "at/S3\"cr\\et&";
    List<String> echoes = List.of("at\\/S3\\\"cr\\\\et\\u0026", "\\u0061\\u0074\\u002FS3\\\"cr\\\\et&",
        "at\\u002fS3\\u0022cr\\u005Cet\\u0026");
    for (String echo : echoes) {
      assertThat(Redaction.redact("x\\n" + echo + "\\/y", secret, false)).as(echo).isEqualTo("x\\n[redacted]\\/y");
    }
  }

  @Test
  @DisplayName("percent-encoded characters (in a URL the server echoes) are redacted; other % signs are kept")
  void percentEncoded() {
    String secret = "at/S3%cr+et";
    for (String echo : List.of("at%2FS3%25cr%2Bet", "at%2fS3%cr+et", "%61t/S3%25cr%2bet", "at\\/S3%25cr+et")) {
      assertThat(Redaction.redact("?u=" + echo + "&x=%2F", secret, false)).as(echo).isEqualTo("?u=[redacted]&x=%2F");
    }
    assertThat(Redaction.redact("100% at%2FS3", secret, true)).isEqualTo("100% [redacted]");
    assertThat(Redaction.redact("at/S3%", secret, true)).as("a cut after the secret's own %").isEqualTo("[redacted]");
    assertThat(Redaction.redact("at/S3%2", secret, true)).as("a cut inside an escape").isEqualTo("[redacted]");
    assertThat(Redaction.redact("at%2FS3%2G", secret, false)).as("%2G is no escape").isEqualTo("at%2FS3%2G");
  }

  @Test
  @DisplayName("a % or \\ that may be an escape or the token's own character is read both ways")
  void ambiguousEscapes() {
    assertThat(Redaction.redact("{\"t\":\"ab%25cd\\/x\"}", "ab%25cd/x", false)).isEqualTo("{\"t\":\"[redacted]\"}");
    assertThat(Redaction.redact("<\\u0061%25>", "a%25", false)).isEqualTo("<[redacted]>");
    assertThat(Redaction.redact("\"ab%25cd%2", "ab%25cd/x", true)).isEqualTo("\"[redacted]");
    assertThat(Redaction.redact("%35\\/%32", "5\\/2", false)).isEqualTo("[redacted]");
    assertThat(Redaction.redact("a%61\\\\", "aa\\", false)).isEqualTo("[redacted]");
  }

  @Test
  @DisplayName("an escape cut by the end counts as the characters left of it: four in all go, three stay")
  void cutEscapeBoundary() {
    assertThat(Redaction.redact("x abc\\", "abcdef", true)).isEqualTo("x [redacted]");
    assertThat(Redaction.redact("x abc%6", "abcdef", true)).isEqualTo("x [redacted]");
    assertThat(Redaction.redact("x ab\\u0", "abcdef", true)).as("a reader may show u0").isEqualTo("x [redacted]");
    assertThat(Redaction.redact("x ab\\", "abcdef", true)).isEqualTo("x ab\\");
    assertThat(Redaction.redact("x=abc%F", "abcdef", true)).as("%F? encodes no ASCII character").isEqualTo("x=abc%F");
    assertThat(Redaction.redact("abc%", "abdxyz", true)).isEqualTo("abc%");
  }

  @Test
  @DisplayName("property: a random token, escaped at random, is redacted from the body and leaves the rest intact")
  void randomEscapes() {
    long seed = SeededRandom.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int run = 0; run < RUNS; run++) {
      String token = token(random);
      String body = FRAME_START + escape(token, random) + FRAME_END;
      String why = SeededRandom.describe(seed) + ", run " + run + ", body " + body;

      String redacted = Redaction.redact(body, token, true);

      assertThat(redacted).as(why).isEqualTo(FRAME_START + "[redacted]" + FRAME_END);
      assertThat(unescape(redacted)).as(why).doesNotContain(token);
    }
  }

  @Test
  @DisplayName("property: a token cut by the end of a truncated body leaves no prefix of four characters or more")
  void cutByTheBodyLimit() {
    long seed = SeededRandom.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int run = 0; run < RUNS; run++) {
      String token = token(random);
      String escaped = escape(token, random);
      String body = FRAME_START + escaped.substring(0, random.nextInt(escaped.length() + 1));
      String why = SeededRandom.describe(seed) + ", run " + run + ", body " + body;

      String shown = unescape(Redaction.redact(body, token, true));

      for (int length = Redaction.MIN_TAIL; length <= token.length(); length++) {
        assertThat(shown).as(why).doesNotEndWith(token.substring(0, length));
      }
      // the frame's last characters go with the token when they may be its first ones (the rest stays)
      assertThat(shown).as(why).startsWith("{\"error\":\"invalid_token\",");
    }
  }

  @Test
  @DisplayName("without a possible cut, a text that merely ends like a secret begins is kept")
  void noTailOutsideBodies() {
    assertThat(Redaction.redact("invalid_grant", "grant_S3cret", false)).isEqualTo("invalid_grant");
    assertThat(Redaction.redact("invalid_grant", "grant_S3cret", true)).isEqualTo("invalid_[redacted]");
    assertThat(Redaction.redact("abc", "abcdef", true)).as("three characters identify nothing").isEqualTo("abc");
  }

  @Test
  @DisplayName("property: an echoed token straddling the excerpt's cut leaves no prefix of it in the exception")
  void cutByTheExcerpt() {
    long seed = SeededRandom.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int run = 0; run < RUNS; run++) {
      AccessToken token = AccessToken.of(token(random));
      String padding = "p".repeat(BodyExcerpt.MAX_LENGTH - random.nextInt(1, token.value().length() + 1));
      String body = padding + escape(token.value(), random) + " and more text after the echo";
      String why = SeededRandom.describe(seed) + ", run " + run + ", body " + body;

      IdentityException error = Responses.apiError(CODEC, 401, token, Optional.empty(),
          body.getBytes(StandardCharsets.UTF_8));

      String excerpt = unescape(error.bodyExcerpt().orElseThrow());
      String message = unescape(error.getMessage());
      for (int length = Redaction.MIN_TAIL; length <= token.value().length(); length++) {
        String prefix = token.value().substring(0, length);
        assertThat(excerpt).as(why).doesNotContain(prefix);
        assertThat(message).as(why).doesNotContain(prefix);
      }
    }
  }

  @Test
  @DisplayName("field errors and the error code of an API call are redacted too")
  void fieldErrorsAndCode() {
    AccessToken token = AccessToken.of("at_S3cret/Token");
    String body = "{\"errors\":{\"p\":[{\"key\":\"k\",\"description\":\"bad at_S3cret\\/Token\"}]}}";

    InvalidRequestException error = (InvalidRequestException) Responses.apiError(CODEC, 422, token,
        Optional.empty(), body.getBytes(StandardCharsets.UTF_8));

    assertThat(error.fieldErrors())
        .containsExactly(new FieldError("p", Optional.of("k"), Optional.of("bad [redacted]")));
    assertThat(unescape(error.getMessage())).doesNotContain(token.value());
  }

  @Test
  @DisplayName("the token endpoint drops a code containing a secret, keeps RFC 6749's codes, redacts field errors")
  void tokenEndpoint() {
    ClientCredentials client = ClientCredentials.of("client-id", "lowercase_client_secret");
    RefreshToken refresh = RefreshToken.of("grant");

    InvalidRequestException echoed = (InvalidRequestException) Responses.tokenError(CODEC, 400, client, refresh,
        Optional.empty(), "{\"error\":\"x_lowercase_client_secret\"}".getBytes(StandardCharsets.UTF_8));
    IdentityException grant = Responses.tokenError(CODEC, 400, client, refresh, Optional.empty(),
        "{\"error\":\"invalid_grant\"}".getBytes(StandardCharsets.UTF_8));
    InvalidRequestException fields = (InvalidRequestException) Responses.tokenError(CODEC, 422, client, refresh,
        Optional.empty(), "{\"errors\":{\"refresh_token\":[{\"key\":\"k\",\"description\":\"gr\\u0061nt?\"}]}}"
            .getBytes(StandardCharsets.UTF_8));

    assertThat(echoed.errorCode()).isEmpty();
    assertThat(echoed.getMessage()).doesNotContain(client.clientSecret().value());
    assertThat(grant).isExactlyInstanceOf(InvalidGrantException.class);
    assertThat(fields.fieldErrors()).extracting(FieldError::description)
        .containsExactly(Optional.of("[redacted]?"));
    assertThat(fields.bodyExcerpt()).isEmpty();
  }

  /**
   * A random token: printable ASCII without spaces, as the domain allows, a third of it drawn from the
   * characters escapes are made of, so that a token looking like an escape is common.
   */
  private static String token(SplittableRandom random) {
    String escapeLike = "%\\/\"u25";
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(8, 64);
    for (int i = 0; i < length; i++) {
      out.append(random.nextInt(3) == 0 ? escapeLike.charAt(random.nextInt(escapeLike.length()))
          : (char) random.nextInt(0x21, 0x7F));
    }
    return out.toString();
  }

  /**
   * {@code value} as a JSON string's content, each character written literally, JSON-escaped or
   * percent-encoded, at random.
   */
  private static String escape(String value, SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      int choice = random.nextInt(4);
      boolean mustEscape = c == '"' || c == '\\';
      if (choice == 0 && !mustEscape) {
        out.append(c);
      } else if (choice == 1 && (mustEscape || c == '/')) {
        out.append('\\').append(c);
      } else if (choice == 2 && !mustEscape) {
        String hex = String.format("%%%02x", (int) c);
        out.append(random.nextBoolean() ? hex : hex.toUpperCase(Locale.ROOT));
      } else {
        String hex = String.format("%04x", (int) c);
        out.append("\\u").append(random.nextBoolean() ? hex : hex.toUpperCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /** The text with JSON string escapes and percent escapes decoded, as a reader of the message would. */
  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
        out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 3;
      } else if (c == '\\' && i + 5 < text.length() && text.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 6;
      } else if (c == '\\' && i + 1 < text.length()) {
        out.append(text.charAt(i + 1));
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
