package net.calkit.identity.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import net.calkit.identity.domain.error.BodyExcerpt;
import net.calkit.identity.domain.error.InvalidResponseException;
import net.calkit.identity.json.IdentityJsonCodec;
import net.calkit.identity.json.JsonLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * At least 100,000 seeded hostile bodies into every decoder of the codec: each yields a value or an
 * {@link InvalidResponseException} (the two lenient decoders never throw), never another exception.
 * Speed is not asserted here (JMH owns speed); the work per body is bounded structurally by the limits,
 * which {@link #limitsRefuseOversizedInputBeforeTheWorkGrows} proves; the slowest body is only reported.
 */
@DisplayName("hostile bodies into the codec")
class HostileBodiesTest {
  static final String SEED_PROPERTY = "calkit.fuzz.seed";
  static final String COUNT_PROPERTY = "calkit.fuzz.bodies";

  /** The longest excerpt: {@link BodyExcerpt#MAX_LENGTH} characters, escapes included, and "...". */
  static final int MAX_EXCERPT = BodyExcerpt.MAX_LENGTH + 3;

  /** Tight limits, so that the generated bodies cross every one of them often. */
  static final JsonLimits TIGHT = new JsonLimits(64 * 1024, 32, 4096, 100);
  static final List<IdentityJsonCodec> CODECS = List.of(IdentityJsonCodec.create(), IdentityJsonCodec.create(TIGHT));

  /** The decoders that must yield a value or InvalidResponseException. */
  static final List<Function<byte[], Object>> STRICT = List.of(
      body -> CODECS.get(0).decodeUserInfo(body),
      body -> CODECS.get(0).decodeAccount(body),
      body -> CODECS.get(0).decodeProfiles(body),
      body -> CODECS.get(0).decodeTokenResponse(body),
      body -> CODECS.get(0).decodeRefreshRequest(body),
      body -> CODECS.get(1).decodeUserInfo(body),
      body -> CODECS.get(1).decodeAccount(body),
      body -> CODECS.get(1).decodeProfiles(body),
      body -> CODECS.get(1).decodeTokenResponse(body),
      body -> CODECS.get(1).decodeRefreshRequest(body));
  static final String[] STRICT_NAMES = {"userInfo", "account", "profiles", "tokenResponse", "refreshRequest",
      "userInfo(tight)", "account(tight)", "profiles(tight)", "tokenResponse(tight)", "refreshRequest(tight)"};

  @Test
  @DisplayName("100,000 seeded hostile bodies: a value or InvalidResponseException from every decoder, nothing else")
  void hostileBodies() {
    long seed = Long.getLong(SEED_PROPERTY, 0x5EED_F022L);
    int count = Integer.getInteger(COUNT_PROPERTY, 100_000);
    SplittableRandom seeds = new SplittableRandom(seed);
    HostileBodies bodies = HostileBodies.pool(seed);
    int[] invalid = new int[STRICT.size()];
    long slowestNanos = 0;
    long slowestSeed = 0;
    for (int i = 0; i < count; i++) {
      long bodySeed = seeds.nextLong();
      byte[] body = bodies.body(bodySeed);
      long started = System.nanoTime();
      String where = "body #" + i + " of run seed " + seed + " (-D" + SEED_PROPERTY + "=" + seed + "), body seed "
          + bodySeed + " (HostileBodies.pool(" + seed + "L).body(" + bodySeed + "L)), " + body.length + " bytes";
      // even bodies go to the default codec's decoders, odd ones to the tight codec's
      int half = STRICT.size() / 2;
      for (int d = (i % 2) * half; d < (i % 2 + 1) * half; d++) {
        if (!decodeStrict(STRICT.get(d), STRICT_NAMES[d], body, where)) {
          invalid[d]++;
        }
      }
      decodeLenient(CODECS.get(i % 2), body, where);
      long took = System.nanoTime() - started;
      if (took > slowestNanos) {
        slowestNanos = took;
        slowestSeed = bodySeed;
      }
    }
    System.out.printf("hostile bodies: %d bodies, run seed %d; refused per decoder %s; slowest body (all decoders)"
        + " %.2f ms, body seed %d (reported only, not asserted)%n", count, seed, java.util.Arrays.toString(invalid),
        slowestNanos / 1e6, slowestSeed);
    // the generator is not vacuous: most bodies are refused by the strict decoders, some are accepted
    for (int d = 0; d < STRICT.size(); d++) {
      // no generated body is a refresh request, so that decoder refuses them all
      int most = STRICT_NAMES[d].startsWith("refreshRequest") ? count / 2 : count / 2 - 1;
      assertThat(invalid[d]).as("refused by %s", STRICT_NAMES[d]).isBetween(count / 8, most);
    }
  }

  /** True when decoded; false when refused with InvalidResponseException; fails the test otherwise. */
  static boolean decodeStrict(Function<byte[], Object> decoder, String name, byte[] body, String where) {
    try {
      Object value = decoder.apply(body.clone());
      assertThat(value).as("%s: %s returned null", where, name).isNotNull();
      return true;
    } catch (InvalidResponseException expected) {
      assertThat(expected.getMessage()).as("%s: %s message length", where, name).hasSizeLessThan(2000);
      assertThat(expected.bodyExcerpt().orElse("")).as("%s: %s excerpt", where, name)
          .hasSizeLessThanOrEqualTo(MAX_EXCERPT);
      return false;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError other) {
      throw new AssertionError(where + ": " + name + " threw " + other.getClass().getName() + " instead of "
          + "InvalidResponseException", other);
    }
  }

  static void decodeLenient(IdentityJsonCodec codec, byte[] body, String where) {
    try {
      assertThat(codec.decodeFieldErrors(body.clone())).isNotNull();
      assertThat(codec.decodeOAuthError(body.clone())).isNotNull();
    } catch (RuntimeException | StackOverflowError other) {
      fail(where + ": a lenient decoder threw " + other.getClass().getName(), other);
    }
  }

  @Test
  @DisplayName("every limit refuses input just over it, and input far over it, with the same typed error")
  void limitsRefuseOversizedInputBeforeTheWorkGrows() {
    IdentityJsonCodec codec = IdentityJsonCodec.create(TIGHT);
    // factors keep every body under the size limit, so each refusal is the limit named
    for (int factor : new int[] {1, 4, 15}) {
      String over = "x".repeat(TIGHT.maxStringLength() * factor + 1);
      assertRefused(codec::decodeUserInfo, "{\"sub\":\"" + over + "\"}", "string longer than the limit");
      assertRefused(codec::decodeAccount, "{\"account\":{\"account_id\":\"" + over + "\"}}",
          "string longer than the limit");
      assertRefused(codec::decodeTokenResponse, "{\"access_token\":\"" + over + "\"}", "string longer than the limit");
      assertRefused(codec::decodeUserInfo, "{\"" + over + "\":1,\"sub\":\"acc_1\"}", "longer than the limit");
      String digits = "1".repeat(TIGHT.maxNumberLength() * factor + 1);
      assertRefused(codec::decodeTokenResponse, "{\"access_token\":\"a\",\"expires_in\":" + digits + "}",
          "number longer than the limit");
      int depth = TIGHT.maxDepth() * factor + 1;
      String deep = "[".repeat(depth) + "]".repeat(depth);
      assertRefused(codec::decodeUserInfo, "{\"sub\":\"acc_1\",\"x\":" + deep + "}", "deeper than the limit");
      assertRefused(codec::decodeProfiles, "{\"profiles\":[],\"x\":" + deep + "}", "deeper than the limit");
    }
    // over the size limit and broken from its first byte: the size check comes before any parsing
    byte[] big = new byte[TIGHT.maxBodyBytes() + 1];
    java.util.Arrays.fill(big, (byte) '<');
    for (Function<byte[], Object> decoder : List.<Function<byte[], Object>>of(codec::decodeUserInfo,
        codec::decodeAccount, codec::decodeProfiles, codec::decodeTokenResponse)) {
      assertRefused(decoder, new String(big, StandardCharsets.US_ASCII), "exceeds the limit");
    }
  }

  private static void assertRefused(Function<byte[], Object> decoder, String body, String reason) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try {
      decoder.apply(bytes);
      fail("a body of " + bytes.length + " bytes over a limit was accepted (" + reason + ")");
    } catch (InvalidResponseException expected) {
      assertThat(expected.getMessage()).contains(reason);
    }
  }
}
