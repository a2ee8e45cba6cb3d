package net.calkit.identity.json;

import static net.calkit.identity.json.Bodies.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.ProfileId;
import java.util.Arrays;
import net.calkit.identity.domain.error.ErrorKind;
import net.calkit.identity.domain.error.InvalidResponseException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("every failure is an InvalidResponseException naming what and where")
class FailureModesTest {
  private final IdentityJsonCodec codec = IdentityJsonCodec.create();

  private static AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(Executable call, String reason) {
    return assertThatThrownBy(call::execute)
        .isInstanceOf(InvalidResponseException.class)
        .hasNoCause()
        .satisfies(e -> {
          InvalidResponseException invalid = (InvalidResponseException) e;
          assertThat(invalid.kind()).isEqualTo(ErrorKind.INVALID_RESPONSE);
          assertThat(invalid.status()).isEmpty();
        })
        .hasMessageContaining(reason);
  }

  @Nested
  @DisplayName("malformed JSON")
  class Malformed {
    @Test
    @DisplayName("an empty body")
    void empty() {
      assertInvalid(() -> codec.decodeUserInfo(new byte[0]), "$: empty body");
      assertInvalid(() -> codec.decodeUserInfo(" \n\t ".getBytes(StandardCharsets.US_ASCII)), "$: empty body");
    }

    @Test
    @DisplayName("truncated JSON names the path reached")
    void truncated() {
      assertInvalid(() -> codec.decodeUserInfo(json("{'sub':'acc_1','cronofy.data':{'profiles':[{'profile_id':'pr")),
          "$.cronofy.data.profiles[0].profile_id: truncated JSON");
    }

    @Test
    @DisplayName("trailing garbage after the object")
    void trailingGarbage() {
      assertInvalid(() -> codec.decodeUserInfo(json("{'sub':'acc_1'}xyz")), "malformed JSON");
      assertInvalid(() -> codec.decodeUserInfo(json("{'sub':'acc_1'} {'sub':'acc_2'}")),
          "$: unexpected object after the end of the JSON value");
      assertInvalid(() -> codec.decodeUserInfo(json("{'sub':'acc_1'}]")), "malformed JSON");
    }

    @Test
    @DisplayName("a trailing comma (accepted by some SDK test stubs) is not JSON")
    void trailingComma() {
      assertInvalid(() -> codec.decodeUserInfo(json("{'sub':'acc_1','cronofy.type':'account',}")),
          "malformed JSON");
    }

    @Test
    @DisplayName("not JSON at all (an HTML error page)")
    void html() {
      assertInvalid(() -> codec.decodeProfiles("<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8)),
          "$: malformed JSON").hasMessageContaining("[body: <html>");
    }

    @Test
    @DisplayName("invalid UTF-8 in a string")
    void invalidUtf8() {
      byte[] body = json("{'sub':'acc_1','name':'ab__'}");
      int at = new String(body, StandardCharsets.US_ASCII).indexOf("__");
      body[at] = (byte) 0xC3;
      body[at + 1] = (byte) 0x28;
      assertInvalid(() -> codec.decodeUserInfo(body), "$.name: invalid UTF-8");
    }

    @Test
    @DisplayName("a lone continuation byte outside strings")
    void strayByte() {
      byte[] body = json("{'sub':'acc_1', }");
      body[body.length - 2] = (byte) 0x80;
      assertInvalid(() -> codec.decodeUserInfo(body), "$");
    }
  }

  @Nested
  @DisplayName("wrong shape")
  class Shape {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "[]|$: expected an object, got array",
        "'acc_1'|$: expected an object, got string",
        "42|$: expected an object, got number",
        "null|$: expected an object, got null",
        "true|$: expected an object, got boolean"})
    @DisplayName("a top-level value that is not an object")
    void topLevel(String body, String reason) {
      assertInvalid(() -> codec.decodeUserInfo(json(body)), reason);
      assertInvalid(() -> codec.decodeAccount(json(body)), reason);
      assertInvalid(() -> codec.decodeProfiles(json(body)), reason);
      assertInvalid(() -> codec.decodeTokenResponse(json(body)), reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{'sub':'acc_1','cronofy.data':'x'}|$.cronofy.data: expected an object, got string",
        "{'sub':'acc_1','cronofy.data':{'authorization':[]}}|$.cronofy.data.authorization: expected an object, got array",
        "{'sub':'acc_1','cronofy.data':{'profiles':{}}}|$.cronofy.data.profiles: expected an array, got object",
        "{'sub':'acc_1','cronofy.data':{'profiles':[{'profile_id':'pro_1'},7]}}|$.cronofy.data.profiles[1]: expected an object, got number",
        "{'sub':'acc_1','cronofy.data':{'profiles':[null]}}|$.cronofy.data.profiles[0]: expected an object, got null",
        "{'sub':'acc_1','cronofy.data':{'profiles':[{'profile_id':'pro_1','profile_calendars':'none'}]}}|$.cronofy.data.profiles[0].profile_calendars: expected an array, got string",
        "{'sub':'acc_1','cronofy.data':{'profiles':[{'profile_id':'pro_1','profile_calendars':[{'calendar_id':'c'},[]]}]}}|$.cronofy.data.profiles[0].profile_calendars[1]: expected an object, got array",
        "{'sub':'acc_1','cronofy.data':{'conferencing_profiles':true}}|$.cronofy.data.conferencing_profiles: expected an array, got boolean",
        "{'sub':'acc_1','cronofy.data':{'service_account':'google'}}|$.cronofy.data.service_account: expected an object, got string",
        "{'sub':'acc_1','cronofy.data':{'application_calendar':1}}|$.cronofy.data.application_calendar: expected an object, got number"})
    @DisplayName("a structural value of the wrong type in userinfo")
    void structural(String body, String reason) {
      assertInvalid(() -> codec.decodeUserInfo(json(body)), reason);
    }

    @Test
    @DisplayName("profiles and account bodies need their array and object")
    void requiredContainers() {
      assertInvalid(() -> codec.decodeProfiles(json("{}")), "$.profiles: required attribute missing");
      assertInvalid(() -> codec.decodeProfiles(json("{'profiles':null}")), "$.profiles: expected an array, got null");
      assertInvalid(() -> codec.decodeAccount(json("{'sub':'acc_1'}")), "$.account: required attribute missing");
      assertInvalid(() -> codec.decodeAccount(json("{'account':[]}")), "$.account: expected an object, got array");
      assertInvalid(() -> codec.decodeConferencingProfiles(json("{'profiles':[]}")),
          "$.conferencing_profiles: required attribute missing");
    }
  }

  @Nested
  @DisplayName("required attributes")
  class Required {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{'name':'x'}|$.sub: required attribute missing",
        "{'sub':null}|$.sub: expected a string, got null",
        "{'sub':12}|$.sub: expected a string, got number",
        "{'sub':''}|$.sub: invalid value: subject must not be empty",
        "{'sub':'acc 1'}|$.sub: invalid value: subject must be printable ASCII without spaces",
        "{'sub':'acc_1','cronofy.data':{'profiles':[{'profile_id':'pro_1'},{'profile_id':7}]}}|$.cronofy.data.profiles[1].profile_id: expected a string, got number",
        "{'sub':'acc_1','cronofy.data':{'profiles':[{'profile_id':'pro_1'},{'profile_name':'x'}]}}|$.cronofy.data.profiles[1].profile_id: required attribute missing",
        "{'sub':'acc_1','cronofy.data':{'profiles':[{'profile_id':'pro/../x'}]}}|$.cronofy.data.profiles[0].profile_id: invalid value: profile id must be safe in a URL path",
        "{'sub':'acc_1','cronofy.data':{'profiles':[{'profile_id':'p','profile_calendars':[{'calendar_name':'Home'}]}]}}|$.cronofy.data.profiles[0].profile_calendars[0].calendar_id: required attribute missing",
        "{'sub':'acc_1','cronofy.data':{'profiles':[{'profile_id':'p','profile_calendars':[{'calendar_id':false}]}]}}|$.cronofy.data.profiles[0].profile_calendars[0].calendar_id: expected a string, got boolean",
        "{'sub':'acc_1','cronofy.data':{'conferencing_profiles':[{'provider_name':'zoom'}]}}|$.cronofy.data.conferencing_profiles[0].profile_id: required attribute missing"})
    @DisplayName("userinfo")
    void userInfo(String body, String reason) {
      assertInvalid(() -> codec.decodeUserInfo(json(body)), reason);
    }

    @Test
    @DisplayName("an ID with non-ASCII characters")
    void nonAsciiId() {
      assertInvalid(() -> codec.decodeUserInfo("{\"sub\":\"acc_\u00e9\"}".getBytes(StandardCharsets.UTF_8)),
          "$.sub: invalid value: subject must be printable ASCII without spaces, but has non-ASCII character U+00E9");
    }

    @Test
    @DisplayName("account, profiles and token bodies")
    void others() {
      assertInvalid(() -> codec.decodeAccount(json("{'account':{'email':'x'}}")),
          "$.account.account_id: required attribute missing");
      assertInvalid(() -> codec.decodeAccount(json("{'account':{'account_id':['acc_1']}}")),
          "$.account.account_id: expected a string, got array");
      assertInvalid(() -> codec.decodeProfiles(json("{'profiles':[{'profile_id':'pro_1'},{'profile_connected':true}]}")),
          "$.profiles[1].profile_id: required attribute missing");
      assertInvalid(() -> codec.decodeTokenResponse(json("{'token_type':'bearer'}")),
          "$.access_token: required attribute missing");
      assertInvalid(() -> codec.decodeTokenResponse(json("{'access_token':3600}")),
          "$.access_token: expected a string, got number");
    }
  }

  @Nested
  @DisplayName("limits")
  class Limits {
    @Test
    @DisplayName("a depth bomb of 10,000 nested arrays in an unknown key")
    void depthBomb() {
      String bomb = "[".repeat(10_000) + "]".repeat(10_000);
      byte[] body = ("{\"sub\":\"acc_1\",\"x\":" + bomb + "}").getBytes(StandardCharsets.US_ASCII);

      assertInvalid(() -> codec.decodeUserInfo(body), "$.x[0][0]")
          .hasMessageContaining("nesting deeper than the limit of 64");
    }

    @Test
    @DisplayName("a depth bomb of nested objects in cronofy.data")
    void objectBomb() {
      String bomb = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
      byte[] body = ("{\"sub\":\"acc_1\",\"cronofy.data\":{\"y\":" + bomb + "}}").getBytes(StandardCharsets.US_ASCII);

      assertInvalid(() -> codec.decodeUserInfo(body), "nesting deeper than the limit of 64");
    }

    @Test
    @DisplayName("a string over maxStringLength")
    void hugeString() {
      IdentityJsonCodec small = IdentityJsonCodec.create(new JsonLimits(1 << 20, 64, 1000, 100));
      byte[] body = ("{\"sub\":\"acc_1\",\"name\":\"" + "n".repeat(5000) + "\"}").getBytes(StandardCharsets.US_ASCII);

      assertInvalid(() -> small.decodeUserInfo(body), "$.name: string longer than the limit of 1000 characters");
    }

    @Test
    @DisplayName("a key over the string limit")
    void hugeKey() {
      IdentityJsonCodec small = IdentityJsonCodec.create(new JsonLimits(1 << 20, 64, 1000, 100));
      byte[] body = ("{\"sub\":\"acc_1\",\"" + "k".repeat(5000) + "\":1}").getBytes(StandardCharsets.US_ASCII);

      assertInvalid(() -> small.decodeUserInfo(body), "key longer than the limit of 1000 characters");
    }

    @Test
    @DisplayName("a number over maxNumberLength, even in an unknown key")
    void hugeNumber() {
      byte[] body = ("{\"sub\":\"acc_1\",\"x\":" + "9".repeat(1000) + "}").getBytes(StandardCharsets.US_ASCII);
      assertInvalid(() -> codec.decodeUserInfo(body), "$.x: number longer than the limit of 100 characters");

      byte[] token = ("{\"access_token\":\"t\",\"expires_in\":" + "1".repeat(500) + "}").getBytes(StandardCharsets.US_ASCII);
      assertInvalid(() -> codec.decodeTokenResponse(token), "number longer than the limit of 100 characters");
    }

    @Test
    @DisplayName("more tokens than one per 8 bytes of maxBodyBytes, even in an unknown key; a real body has far fewer")
    void tooManyTokens() {
      IdentityJsonCodec small = IdentityJsonCodec.create(JsonLimits.DEFAULT.withMaxBodyBytes(16_384));
      assertThat(small.limits().maxTokens()).isEqualTo(2_048);
      byte[] dense = ("{\"sub\":\"acc_1\",\"x\":[" + "1,".repeat(2_100) + "1]}").getBytes(StandardCharsets.US_ASCII);
      byte[] sparse = ("{\"sub\":\"acc_1\",\"x\":[" + "1,".repeat(2_000) + "1]}").getBytes(StandardCharsets.US_ASCII);

      assertInvalid(() -> small.decodeUserInfo(dense),
          "more than 2048 JSON tokens (the limit for a body of at most 16384 bytes)");
      assertThat(small.decodeUserInfo(sparse).sub().value()).isEqualTo("acc_1");
      assertThat(JsonLimits.DEFAULT.withMaxBodyBytes(100).maxTokens()).as("a floor for tiny limits").isEqualTo(1_024);
    }

    @Test
    @DisplayName("a body as dense as a valid one gets, just under maxBodyBytes, is not refused for its tokens")
    void denseBodyAtTheLimit() throws IOException {
      int limit = 65_536;
      IdentityJsonCodec small = IdentityJsonCodec.create(JsonLimits.DEFAULT.withMaxBodyBytes(limit));
      List<ConferencingProfile> profiles = new ArrayList<>();
      byte[] body = small.encodeConferencingProfiles(profiles);
      while (true) {
        int i = profiles.size();
        profiles.add(new ConferencingProfile(ProfileId.of("pro_" + i), Optional.of(ConferencingProvider.ZOOM),
            Optional.of("n"), Optional.of(i % 2 == 0), Optional.empty()));
        byte[] next = small.encodeConferencingProfiles(profiles);
        if (next.length > limit) {
          break;
        }
        body = next;
      }
      long tokens = 0;
      try (JsonParser parser = new JsonFactory().createParser(body)) {
        while (parser.nextToken() != null) {
          tokens++;
        }
      }
      assertThat((double) body.length / tokens).as("bytes per token").isLessThan(9.5);

      assertThat(small.decodeConferencingProfiles(body)).isEqualTo(profiles.subList(0, profiles.size() - 1));
    }

    @Test
    @DisplayName("a body over maxBodyBytes is refused before parsing, with a bounded excerpt")
    void hugeBody() {
      IdentityJsonCodec small = IdentityJsonCodec.create(JsonLimits.DEFAULT.withMaxBodyBytes(100));
      byte[] body = new byte[10_000];
      Arrays.fill(body, (byte) '[');

      assertInvalid(() -> small.decodeUserInfo(body), "$: body of 10000 bytes exceeds the limit of 100 bytes")
          .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400));
      assertThat(small.decodeUserInfo(json("{'sub':'acc_1'}")).sub().value()).isEqualTo("acc_1");
    }
  }

  @Nested
  @DisplayName("what the error carries")
  class Carries {
    @Test
    @DisplayName("a bounded excerpt of the body, never the whole of a big one")
    void boundedExcerpt() {
      String big = "{\"sub\":null,\"pad\":\"" + "p".repeat(100_000) + "\"}";

      InvalidResponseException e = (InvalidResponseException) org.assertj.core.api.Assertions.catchThrowable(
          () -> codec.decodeUserInfo(big.getBytes(StandardCharsets.US_ASCII)));

      assertThat(e.getMessage()).hasSizeLessThan(400);
      assertThat(e.bodyExcerpt()).isPresent();
      assertThat(e.bodyExcerpt().orElseThrow()).startsWith("{\"sub\":null").hasSizeLessThanOrEqualTo(203);
    }

    @Test
    @DisplayName("token answers never put the body or a token into the error")
    void tokensStaySecret() {
      String secret = "Zsecret_refresh_token_42";
      for (String body : new String[] {
          "{\"access_token\":\"" + secret + "\",\"refresh_token\":\"has space " + secret + "\"}",
          "{\"access_token\":\"" + secret + "\",\"refresh_token\":7}",
          "{\"access_token\":\"" + secret + "\",\"refresh_token\":" + secret + "}",
          "{\"access_token\":\"" + secret + "\" \"refresh_token\"}",
          "{\"refresh_token\":\"" + secret + "\"",
          "{\"access_token\":\"" + secret + "\u0001\"}"}) {
        Throwable e = org.assertj.core.api.Assertions.catchThrowable(
            () -> codec.decodeTokenResponse(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as(body).isInstanceOf(InvalidResponseException.class);
        assertThat(e.getMessage()).as(body).doesNotContain(secret).doesNotContain("secret_refresh");
        assertThat(((InvalidResponseException) e).bodyExcerpt()).as(body).isEmpty();
      }
    }

    @Test
    @DisplayName("a refresh token that is present but invalid fails rather than being dropped")
    void invalidRefreshToken() {
      assertInvalid(() -> codec.decodeTokenResponse(json("{'access_token':'a','refresh_token':'two words'}")),
          "$.refresh_token: invalid value: refresh token has a forbidden character (space) at index 3");
      assertInvalid(() -> codec.decodeTokenResponse(json("{'access_token':'a','refresh_token':''}")),
          "$.refresh_token: invalid value: refresh token must not be empty");
    }

    @Test
    @DisplayName("refresh requests: missing or invalid attributes, and never a secret in the error")
    void refreshRequests() {
      assertInvalid(() -> codec.decodeRefreshRequest(json("{'client_id':'c','client_secret':'s','grant_type':'refresh_token'}")),
          "$.refresh_token: required attribute missing");
      assertInvalid(() -> codec.decodeRefreshRequest(json("{'client_id':'c','client_secret':'s','refresh_token':'r'}")),
          "$.grant_type: required attribute missing");
      assertInvalid(() -> codec.decodeRefreshRequest(json("{'client_id':'c','refresh_token':'r','grant_type':'refresh_token'}")),
          "$.client_secret: required attribute missing");
      assertInvalid(() -> codec.decodeRefreshRequest(json("{'client_secret':'Zsecret 1','client_id':'c'}")),
          "$.client_secret: invalid value: client secret has a forbidden character (space) at index 7")
          .hasMessageNotContaining("Zsecret");
      assertInvalid(() -> codec.decodeRefreshRequest(
              "client_id=c&client_secret=s&grant_type=refresh_token&refresh_token=r".getBytes(StandardCharsets.US_ASCII)),
          "malformed JSON").satisfies(e -> assertThat(e.getMessage()).doesNotContain("client_secret=s"));
    }

    @Test
    @DisplayName("keys from the body are escaped and bounded in paths")
    void hostileKeys() {
      String key = "evil\\n\\u0000'" + "k".repeat(300);
      byte[] body = ("{\"sub\":\"acc_1\",\"" + key + "\":" + "[".repeat(100) + "]".repeat(100) + "}")
          .getBytes(StandardCharsets.US_ASCII);

      assertInvalid(() -> codec.decodeUserInfo(body), "$['evil\\u000a\\u0000\\u0027kkk")
          .satisfies(e -> {
            String reason = e.getMessage().substring(0, e.getMessage().indexOf(" [body: "));
            assertThat(reason).doesNotContain("k".repeat(41)).doesNotContain("\n").hasSizeLessThan(300);
          });
    }
  }
}
