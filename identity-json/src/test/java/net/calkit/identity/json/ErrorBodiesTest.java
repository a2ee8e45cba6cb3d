package net.calkit.identity.json;

import static net.calkit.identity.json.Bodies.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.calkit.identity.domain.error.FieldError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("error bodies (422 field errors, OAuth errors) decode leniently and never throw")
class ErrorBodiesTest {
  private final IdentityJsonCodec codec = IdentityJsonCodec.create();

  @Test
  @DisplayName("a 422 body gives one field error per entry, parameters in order")
  void fieldErrors() {
    List<FieldError> errors = codec.decodeFieldErrors(json(
        "{'errors':{'event_id':[{'key':'errors.required','description':'required'}],"
            + "'start':[{'key':'errors.required','description':'required'},{'key':'errors.invalid_date'}]}}"));

    assertThat(errors).containsExactly(
        new FieldError("event_id", Optional.of("errors.required"), Optional.of("required")),
        new FieldError("start", Optional.of("errors.required"), Optional.of("required")),
        new FieldError("start", Optional.of("errors.invalid_date"), Optional.empty()));
  }

  @Test
  @DisplayName("entries that do not fit are skipped, unknown keys ignored")
  void oddEntries() {
    List<FieldError> errors = codec.decodeFieldErrors(json(
        "{'status':422,'errors':{'a':'not a list','b':[7,null,{'key':1,'description':'d','x':{}}],'c':{}},'more':[]}"));

    assertThat(errors).containsExactly(new FieldError("b", Optional.empty(), Optional.of("d")));
  }

  @ParameterizedTest(name = "[{index}] <{0}>")
  @ValueSource(strings = {"", "   ", "not json", "[]", "{'errors':[]}", "{'errors':{'a':[{'key':'k'}]", "{}x",
      "{'errors':{'a':[{'key':'k'}]}} {}", "null"})
  @DisplayName("anything unexpected gives an empty list")
  void unexpected(String body) {
    assertThat(codec.decodeFieldErrors(json(body))).isEmpty();
    assertThat(codec.decodeOAuthError(json(body))).isEmpty();
  }

  @Test
  @DisplayName("deep, huge or invalid-UTF-8 error bodies give empty results")
  void hostile() {
    byte[] deep = ("{\"errors\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}").getBytes(StandardCharsets.US_ASCII);
    byte[] badUtf8 = {'{', '"', 'e', 'r', 'r', 'o', 'r', '"', ':', '"', (byte) 0xFF, '"', '}'};
    IdentityJsonCodec small = IdentityJsonCodec.create(JsonLimits.DEFAULT.withMaxBodyBytes(10));

    assertThat(codec.decodeFieldErrors(deep)).isEmpty();
    assertThat(codec.decodeOAuthError(deep)).isEmpty();
    assertThat(codec.decodeOAuthError(badUtf8)).isEmpty();
    assertThat(small.decodeOAuthError(json("{'error':'invalid_grant'}"))).isEmpty();
  }

  @Test
  @DisplayName("the OAuth error code of a 400 body")
  void oauthError() {
    assertThat(codec.decodeOAuthError(json("{'error':'invalid_grant'}"))).contains("invalid_grant");
    assertThat(codec.decodeOAuthError(json("{'error_description':'x','error':'invalid_client'}"))).contains("invalid_client");
    assertThat(codec.decodeOAuthError(json("{'error':''}"))).isEmpty();
    assertThat(codec.decodeOAuthError(json("{'error':{'code':'invalid_grant'}}"))).isEmpty();
    assertThat(codec.decodeOAuthError(json("{'errors':{}}"))).isEmpty();
  }

  @Test
  @DisplayName("encoded error bodies decode back to the same values")
  void roundTrip() {
    List<FieldError> errors = List.of(
        new FieldError("event_id", Optional.of("errors.required"), Optional.of("required")),
        new FieldError("tzid", Optional.empty(), Optional.of("unknown zone")),
        new FieldError("event_id", Optional.of("errors.too_long"), Optional.empty()));

    List<FieldError> decoded = codec.decodeFieldErrors(codec.encodeFieldErrors(errors));

    // grouped by parameter on the wire, so the order is by first-seen parameter
    assertThat(decoded).containsExactly(errors.get(0), errors.get(2), errors.get(1));
    assertThat(codec.decodeOAuthError(codec.encodeOAuthError("invalid_grant"))).contains("invalid_grant");
    assertThat(Bodies.text(codec.encodeOAuthError("invalid_grant"))).isEqualTo("{\"error\":\"invalid_grant\"}");
  }
}
