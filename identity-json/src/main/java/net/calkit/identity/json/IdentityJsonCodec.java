package net.calkit.identity.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.error.FieldError;
import net.calkit.identity.domain.error.InvalidResponseException;
import org.jspecify.annotations.Nullable;

/**
 * The Cronofy wire format. Decoding is permissive where the API says so (unknown keys ignored, unknown
 * enum values kept, optional attributes may be missing or null) and strict where safety needs it (see
 * {@link JsonLimits}); every failure is an
 * {@link net.calkit.identity.domain.error.InvalidResponseException} naming what was wrong and where,
 * never a Jackson exception. Bodies are read as UTF-8 only, every byte checked (a leading byte order
 * mark is skipped; UTF-16 and UTF-32 are refused). Encoding writes the API's own keys, so decode then
 * encode keeps every modelled attribute. Instances are immutable and thread-safe.
 */
public final class IdentityJsonCodec {
  /** The most body bytes copied into an exception, before {@code BodyExcerpt} bounds it further. */
  private static final int EXCERPT_BYTES = 256;

  /**
   * The largest body parsed with a table of keys. Up to here, a lookup there is cheaper than building each
   * key anew, and even a body of nothing but distinct keys adds few enough of them (a new key costs three to
   * four times as much with the table as without); larger bodies (none of the API's are) parse without one,
   * so that such a body cannot spend 50 ms or more growing the table.
   */
  static final int KEY_TABLE_MAX_BODY_BYTES = 256 * 1024;

  private final JsonLimits limits;
  private final int keyTableMaxBodyBytes;
  private final Utf8JsonFactory factory;
  private final Utf8JsonFactory largeBodyFactory;

  private IdentityJsonCodec(JsonLimits limits, int keyTableMaxBodyBytes) {
    this.limits = limits;
    this.keyTableMaxBodyBytes = keyTableMaxBodyBytes;
    this.factory = new Utf8JsonFactory(builder(limits));
    this.largeBodyFactory =
        new Utf8JsonFactory(builder(limits).disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES));
  }

  private static JsonFactoryBuilder builder(JsonLimits limits) {
    return new JsonFactoryBuilder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxBodyBytes())
            .maxTokenCount(limits.maxTokens())
            .build())
        // keys come from the network: do not grow the JVM's string pool with them
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        // characters outside the BMP as 4-byte UTF-8 rather than escaped surrogate pairs (lone surrogates stay escaped)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
  }

  /** A codec with {@link JsonLimits#DEFAULT}. */
  public static IdentityJsonCodec create() {
    return create(JsonLimits.DEFAULT);
  }

  /** A codec with the given limits. */
  public static IdentityJsonCodec create(JsonLimits limits) {
    return create(limits, KEY_TABLE_MAX_BODY_BYTES);
  }

  /** A codec that parses bodies larger than {@code keyTableMaxBodyBytes} without a table of keys (for tests). */
  static IdentityJsonCodec create(JsonLimits limits, int keyTableMaxBodyBytes) {
    return new IdentityJsonCodec(Objects.requireNonNull(limits, "limits == null"), keyTableMaxBodyBytes);
  }

  /** The limits in force. */
  public JsonLimits limits() {
    return limits;
  }

  /** Decodes a {@code GET /v1/userinfo} body. */
  public UserInfo decodeUserInfo(byte[] body) {
    return decode(body, false, Decoders::userInfo);
  }

  /** Decodes a {@code GET /v1/account} body ({@code {"account": {...}, "sub": ...}}). */
  public Account decodeAccount(byte[] body) {
    return decode(body, false, Decoders::account);
  }

  /** Decodes a {@code GET /v1/profiles} body ({@code {"profiles": [...]}}). */
  public List<CalendarProfile> decodeProfiles(byte[] body) {
    return decode(body, false, Decoders::profilesBody);
  }

  /** Decodes {@code {"conferencing_profiles": [...]}}, the counterpart of {@link #encodeConferencingProfiles}. */
  public List<ConferencingProfile> decodeConferencingProfiles(byte[] body) {
    return decode(body, false, Decoders::conferencingProfilesBody);
  }

  /** Decodes a {@code POST /oauth/token} answer; errors never carry the body, which holds tokens. */
  public TokenResponse decodeTokenResponse(byte[] body) {
    return decode(body, true, Decoders::tokenResponse);
  }

  /** The field errors of a 422 body; empty when the body has none or is not JSON (never throws). */
  public List<FieldError> decodeFieldErrors(byte[] body) {
    return decodeLeniently(body, ErrorBodies::fieldErrors).orElse(List.of());
  }

  /** The {@code error} of an OAuth 400 body such as {@code invalid_grant}; empty when absent (never throws). */
  public Optional<String> decodeOAuthError(byte[] body) {
    return decodeLeniently(body, ErrorBodies::oauthError).flatMap(error -> error);
  }

  /** Encodes a userinfo body with the API's keys. */
  public byte[] encodeUserInfo(UserInfo userInfo) {
    Objects.requireNonNull(userInfo, "userInfo == null");
    return encode(g -> Encoders.userInfo(g, userInfo));
  }

  /** Encodes {@code {"account": {...}, "sub": ...}}. */
  public byte[] encodeAccount(Account account) {
    Objects.requireNonNull(account, "account == null");
    return encode(g -> Encoders.account(g, account));
  }

  /** Encodes {@code {"profiles": [...]}}. */
  public byte[] encodeProfiles(List<CalendarProfile> profiles) {
    List<CalendarProfile> copy = List.copyOf(profiles);
    return encode(g -> {
      g.writeStartObject();
      g.writeFieldName("profiles");
      Encoders.calendarProfiles(g, copy);
      g.writeEndObject();
    });
  }

  /** Encodes {@code {"conferencing_profiles": [...]}}. */
  public byte[] encodeConferencingProfiles(List<ConferencingProfile> profiles) {
    List<ConferencingProfile> copy = List.copyOf(profiles);
    return encode(g -> {
      g.writeStartObject();
      g.writeFieldName("conferencing_profiles");
      Encoders.conferencingProfiles(g, copy);
      g.writeEndObject();
    });
  }

  /** Encodes a token answer; {@code expires_in} is written in whole seconds, rounded up. */
  public byte[] encodeTokenResponse(TokenResponse response) {
    Objects.requireNonNull(response, "response == null");
    return encode(g -> Encoders.tokenResponse(g, response));
  }

  /** Encodes the refresh request body: client_id, client_secret, grant_type=refresh_token, refresh_token. */
  public byte[] encodeRefreshRequest(ClientCredentials client, RefreshToken refreshToken) {
    Objects.requireNonNull(client, "client == null");
    Objects.requireNonNull(refreshToken, "refreshToken == null");
    return encode(g -> Encoders.refreshRequest(g, client, refreshToken));
  }

  /**
   * Decodes a JSON refresh request body (for stub servers); fails with the invalid-response error when
   * malformed. Form-encoded bodies are not read here. Errors never carry the body, which holds secrets.
   */
  public RefreshRequest decodeRefreshRequest(byte[] body) {
    return decode(body, true, Decoders::refreshRequest);
  }

  /** Encodes a 422 body {@code {"errors": {param: [{key, description}]}}}, grouping errors by parameter. */
  public byte[] encodeFieldErrors(List<FieldError> errors) {
    List<FieldError> copy = List.copyOf(errors);
    return encode(g -> Encoders.fieldErrors(g, copy));
  }

  /** Encodes an OAuth error body {@code {"error": code}}. */
  public byte[] encodeOAuthError(String error) {
    Objects.requireNonNull(error, "error == null");
    return encode(g -> Encoders.oauthError(g, error));
  }

  /** Reads one value from a parser positioned on the root object's {@code START_OBJECT}. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(JsonParser parser) throws IOException;
  }

  /** Writes one document. */
  @FunctionalInterface
  private interface Writer {
    void write(JsonGenerator generator) throws IOException;
  }

  /**
   * Decodes a whole body whose root must be an object; every failure becomes an
   * {@link InvalidResponseException}. With {@code secret}, no part of the body or of a parser message
   * (which may quote the input) reaches the exception.
   */
  private <T> T decode(byte[] body, boolean secret, Reader<T> reader) {
    Objects.requireNonNull(body, "body == null");
    if (body.length > limits.maxBodyBytes()) {
      throw invalid("$: body of " + body.length + " bytes exceeds the limit of " + limits.maxBodyBytes()
          + " bytes", body, secret);
    }
    JsonParser parser;
    try {
      parser = parserFor(body);
    } catch (IOException | RuntimeException e) {
      throw invalid("$: " + ParseErrors.describe(e, secret, limits), body, secret);
    }
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new DecodeFailure("$: empty body");
      }
      if (first != JsonToken.START_OBJECT) {
        throw new DecodeFailure("$: expected an object, got " + Wire.typeOf(first));
      }
      T value = reader.read(parser);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new DecodeFailure("$: unexpected " + Wire.typeOf(trailing) + " after the end of the JSON value");
      }
      return value;
    } catch (DecodeFailure failure) {
      throw invalid(failure.getMessage(), body, secret);
    } catch (IOException | RuntimeException e) {
      // parser errors (malformed, truncated, over a limit, bad encoding) and anything unforeseen
      throw invalid(JsonPath.of(parser.getParsingContext()) + ": " + ParseErrors.describe(e, secret, limits),
          body, secret);
    } finally {
      closeQuietly(parser);
    }
  }

  /** Decodes an error body; empty on anything unexpected. */
  private <T> Optional<T> decodeLeniently(byte[] body, Reader<T> reader) {
    if (body == null || body.length == 0 || body.length > limits.maxBodyBytes()) {
      return Optional.empty();
    }
    @Nullable JsonParser parser = null;
    try {
      parser = parserFor(body);
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      T value = reader.read(parser);
      return parser.nextToken() == null ? Optional.of(value) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } finally {
      if (parser != null) {
        closeQuietly(parser);
      }
    }
  }

  /** How many keys each factory's table keeps between parsers: small bodies', large bodies' (for tests). */
  int[] rememberedKeys() {
    return new int[] {factory.rememberedKeys(), largeBodyFactory.rememberedKeys()};
  }

  private JsonParser parserFor(byte[] body) throws IOException {
    return (body.length <= keyTableMaxBodyBytes ? factory : largeBodyFactory).createParser(body);
  }

  private byte[] encode(Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
      writer.write(generator);
    } catch (IOException e) {
      // a ByteArrayOutputStream does not fail; a generator error here is a bug in this class
      throw new UncheckedIOException("could not encode JSON", e);
    }
    return out.toByteArray();
  }

  private static InvalidResponseException invalid(String reason, byte[] body, boolean secret) {
    return new InvalidResponseException(0, reason, secret ? "" : excerpt(body));
  }

  private static String excerpt(byte[] body) {
    return new String(body, 0, Math.min(body.length, EXCERPT_BYTES), StandardCharsets.UTF_8);
  }

  private static void closeQuietly(JsonParser parser) {
    try {
      parser.close();
    } catch (IOException ignored) {
      // nothing to release: the input is a byte array
    }
  }
}
