package net.calkit.identity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import net.calkit.identity.domain.error.InvalidResponseException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies up to {@link IdentityJsonCodec#KEY_TABLE_MAX_BODY_BYTES} are parsed with a table of keys, larger
 * ones without (see {@link Utf8JsonFactory}). Both paths must give the same outcome for every body, and
 * both must refuse malformed UTF-8 everywhere, keys included.
 */
@DisplayName("parse paths: with and without a key table, the same outcome for every body")
class ParsePathsTest {
  private static final int CASES = 3000;
  private static final JsonLimits LIMITS = new JsonLimits(64 * 1024, 32, 4096, 40);

  private final IdentityJsonCodec withTable = IdentityJsonCodec.create(LIMITS);
  private final IdentityJsonCodec withoutTable = IdentityJsonCodec.create(LIMITS, 0);

  @Test
  @DisplayName(CASES + " seeded bodies, valid and mutated, through every decoder of both paths")
  void sameOutcome() {
    long seed = RoundTripPropertyTest.seed();
    DomainGenerator gen = new DomainGenerator(seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<byte[]> seeds = MutationTest.seeds(withTable, gen);
    int refused = 0;
    int decoded = 0;
    for (int i = 0; i < CASES; i++) {
      byte[] original = seeds.get(random.nextInt(seeds.size()));
      byte[] body = random.nextInt(4) == 0 ? original : MutationTest.mutate(original, random);
      for (Map.Entry<String, Function<IdentityJsonCodec, Function<byte[], Object>>> decoder : decoders().entrySet()) {
        String expected = outcome(decoder.getValue().apply(withTable), body);
        assertThat(outcome(decoder.getValue().apply(withoutTable), body))
            .as("seed %d, case %d, %s", seed, i, decoder.getKey()).isEqualTo(expected);
        refused += expected.startsWith("refused") ? 1 : 0;
        decoded += expected.startsWith("value") && !decoder.getKey().endsWith("errors") ? 1 : 0;
      }
    }
    // both outcomes must be common, or this compares little worth comparing
    assertThat(refused).as("seed %d", seed).isGreaterThan(CASES);
    assertThat(decoded).as("seed %d", seed).isGreaterThan(CASES / 10);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{'sub':'acc_1','?':1}", "{'sub':'acc_1','sub?':1}", "{'?sub':'acc_1'}",
      "{'sub':'acc_1','a_much_longer_unknown_key_?_of_forty_bytes':1}", "{'sub':'acc_1','x':{'y?':[1]}}",
      "{'sub':'acc_1','x':[{'\\u00e9?':1}]}", "{'sub':'acc_1','cronofy.data':{'?':{}}}"})
  @DisplayName("malformed UTF-8 in a key is refused on both paths")
  void malformedKeys(String template) {
    for (byte[] malformed : List.of(bytes(0xC3, 0x28), bytes(0xC3), bytes(0xFF), bytes(0x80), bytes(0xC0, 0x80),
        bytes(0xED, 0xA0, 0x80), bytes(0xE0, 0x80, 0x80), bytes(0xF4, 0x90, 0x80, 0x80))) {
      assertRefusedOnBothPaths(withByteAt(Bodies.json(template), malformed), "invalid response: .*invalid UTF-8.*");
    }
  }

  @Test
  @DisplayName("a UTF-8 byte order mark is skipped on both paths")
  void byteOrderMark() {
    byte[] body = Bodies.example("userinfo-account.json");
    byte[] marked = withByteOrderMark(body);
    for (IdentityJsonCodec codec : List.of(withTable, withoutTable)) {
      assertThat(codec.decodeUserInfo(marked)).isEqualTo(codec.decodeUserInfo(body));
    }
  }

  @Test
  @DisplayName("after a byte order mark, errors name the line and column Jackson's own bootstrap names")
  void byteOrderMarkLocations() throws IOException {
    // on the first line, where the column counts from the start of the input, the mark included
    byte[] marked = withByteOrderMark(Bodies.json("{'sub': 'acc_1', 'name': tru}"));
    JsonLocation expected;
    try (JsonParser stock = new JsonFactory().createParser(marked)) {
      expected = assertThrows(JsonParseException.class, () -> {
        while (stock.nextToken() != null) {
          // read to the error
        }
      }).getLocation();
    }
    assertThat(expected.getLineNr()).isEqualTo(1);
    for (IdentityJsonCodec codec : List.of(withTable, withoutTable)) {
      assertThatThrownBy(() -> codec.decodeUserInfo(marked)).isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("at line " + expected.getLineNr() + ", column " + expected.getColumnNr());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
  @DisplayName("UTF-16 and UTF-32 are not guessed: invalid UTF-8 or malformed JSON on both paths")
  void notUtf8(String charset) {
    byte[] body = Bodies.text(Bodies.example("userinfo-account.json")).getBytes(Charset.forName(charset));
    assertRefusedOnBothPaths(body, "invalid response: \\$: (invalid UTF-8|malformed JSON) at line 1, column \\d+.*");
  }

  @Test
  @DisplayName("a body over 256 KiB leaves no keys behind; a smaller one teaches the table its keys")
  void largeBodiesKeepNoKeys() {
    IdentityJsonCodec codec = IdentityJsonCodec.create();
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      keys.append(",\"k").append(i).append("\":1");
    }
    String pad = "a".repeat(IdentityJsonCodec.KEY_TABLE_MAX_BODY_BYTES);
    byte[] large = ("{\"sub\":\"acc_1\",\"pad\":\"" + pad + "\"" + keys + "}").getBytes(StandardCharsets.US_ASCII);
    byte[] small = ("{\"sub\":\"acc_1\"" + keys + "}").getBytes(StandardCharsets.US_ASCII);

    assertThat(codec.decodeUserInfo(large)).isEqualTo(codec.decodeUserInfo(small));

    int[] remembered = codec.rememberedKeys();
    assertThat(remembered[0]).as("keys kept from the small body").isGreaterThanOrEqualTo(1000);
    assertThat(remembered[1]).as("keys kept from the large body").isZero();
  }

  private static Map<String, Function<IdentityJsonCodec, Function<byte[], Object>>> decoders() {
    return Map.of(
        "userinfo", codec -> codec::decodeUserInfo,
        "account", codec -> codec::decodeAccount,
        "profiles", codec -> codec::decodeProfiles,
        "conferencing", codec -> codec::decodeConferencingProfiles,
        "token", codec -> codec::decodeTokenResponse,
        "refresh request", codec -> codec::decodeRefreshRequest,
        "field errors", codec -> codec::decodeFieldErrors,
        "oauth errors", codec -> codec::decodeOAuthError);
  }

  private static String outcome(Function<byte[], Object> decoder, byte[] body) {
    try {
      return "value " + decoder.apply(body);
    } catch (InvalidResponseException refused) {
      return "refused " + refused.getMessage();
    }
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  /** Both paths refuse {@code body} with a message matching {@code message}; the lenient decoders give nothing. */
  private void assertRefusedOnBothPaths(byte[] body, String message) {
    for (IdentityJsonCodec codec : List.of(withTable, withoutTable)) {
      assertThatThrownBy(() -> codec.decodeUserInfo(body)).isInstanceOf(InvalidResponseException.class)
          .hasMessageMatching(message);
      assertThat(codec.decodeOAuthError(body)).isEmpty();
    }
  }

  private static byte[] withByteOrderMark(byte[] body) {
    byte[] marked = new byte[body.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(body, 0, marked, 3, body.length);
    return marked;
  }

  /** The body with its one {@code ?} replaced by {@code insert}. */
  private static byte[] withByteAt(byte[] body, byte[] insert) {
    int at = Bodies.text(body).indexOf('?');
    byte[] out = new byte[body.length - 1 + insert.length];
    System.arraycopy(body, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(body, at + 1, out, at + insert.length, body.length - at - 1);
    return out;
  }
}
