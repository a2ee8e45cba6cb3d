package net.calkit.identity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import net.calkit.identity.domain.error.InvalidResponseException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Mutated and truncated valid bodies: every decoder yields a value or an {@link InvalidResponseException},
 * never any other exception; the lenient error-body decoders never throw at all. Seeded like
 * {@link RoundTripPropertyTest}.
 */
@DisplayName("mutation: broken bodies never escape as anything but InvalidResponseException")
class MutationTest {
  private static final int CASES = 6000;
  private static final byte[][] GARBAGE = {
      "{".getBytes(StandardCharsets.US_ASCII), "}".getBytes(StandardCharsets.US_ASCII),
      "[".getBytes(StandardCharsets.US_ASCII), "]".getBytes(StandardCharsets.US_ASCII),
      "\"".getBytes(StandardCharsets.US_ASCII), ",".getBytes(StandardCharsets.US_ASCII),
      ":".getBytes(StandardCharsets.US_ASCII), "null".getBytes(StandardCharsets.US_ASCII),
      "1e999999".getBytes(StandardCharsets.US_ASCII), "-0.0e-7".getBytes(StandardCharsets.US_ASCII),
      "99999999999999999999999999".getBytes(StandardCharsets.US_ASCII), "\\u".getBytes(StandardCharsets.US_ASCII),
      "\\ud800".getBytes(StandardCharsets.US_ASCII), "true".getBytes(StandardCharsets.US_ASCII),
      "\"profile_id\":".getBytes(StandardCharsets.US_ASCII), "\"sub\":1,".getBytes(StandardCharsets.US_ASCII),
      {(byte) 0xC3}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {0}, {(byte) 0xF0, (byte) 0x9F},
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[".getBytes(StandardCharsets.US_ASCII)};

  private final IdentityJsonCodec codec = IdentityJsonCodec.create(new JsonLimits(64 * 1024, 32, 4096, 40));

  private List<Function<byte[], Object>> strictDecoders() {
    return List.of(codec::decodeUserInfo, codec::decodeAccount, codec::decodeProfiles,
        codec::decodeConferencingProfiles, codec::decodeTokenResponse, codec::decodeRefreshRequest);
  }

  /** The documented examples and generated bodies of every type, valid: what the mutations start from. */
  static List<byte[]> seeds(IdentityJsonCodec codec, DomainGenerator gen) {
    List<byte[]> bodies = new ArrayList<>();
    for (String name : List.of("account.json", "profiles.json", "profiles-legacy.json", "token-authorization-code.json",
        "token-refresh-request.json", "token-refresh.json", "userinfo-account.json", "userinfo-account-legacy.json",
        "userinfo-conferencing-profiles.json")) {
      bodies.add(Bodies.example(name));
    }
    for (int i = 0; i < 20; i++) {
      bodies.add(codec.encodeUserInfo(gen.userInfo()));
      bodies.add(codec.encodeAccount(gen.account()));
      bodies.add(codec.encodeProfiles(gen.profiles()));
      bodies.add(codec.encodeTokenResponse(gen.tokenResponse()));
    }
    bodies.add(codec.encodeFieldErrors(List.of(new net.calkit.identity.domain.error.FieldError("event_id",
        java.util.Optional.of("errors.required"), java.util.Optional.of("required")))));
    bodies.add(codec.encodeOAuthError("invalid_grant"));
    return bodies;
  }

  @Test
  @DisplayName(CASES + " seeded mutations of valid bodies through every decoder")
  void mutations() {
    long seed = RoundTripPropertyTest.seed();
    DomainGenerator gen = new DomainGenerator(seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<byte[]> seeds = seeds(codec, gen);
    int failures = 0;
    for (int i = 0; i < CASES; i++) {
      byte[] original = seeds.get(random.nextInt(seeds.size()));
      byte[] body = mutate(original, random);
      for (Function<byte[], Object> decoder : strictDecoders()) {
        try {
          assertThat(decoder.apply(body)).isNotNull();
        } catch (InvalidResponseException expected) {
          failures++;
          assertThat(expected.getMessage()).as("seed %d, case %d", seed, i).startsWith("invalid response: $");
        } catch (RuntimeException | Error e) {
          fail("seed " + seed + ", case " + i + ": " + e + " for body " + describe(body), e);
        }
      }
      try {
        assertThat(codec.decodeFieldErrors(body)).isNotNull();
        assertThat(codec.decodeOAuthError(body)).isNotNull();
      } catch (RuntimeException | Error e) {
        fail("seed " + seed + ", case " + i + ": lenient decoder threw " + e + " for body " + describe(body), e);
      }
    }
    // the mutations must actually break bodies, or this test proves nothing
    assertThat(failures).as("seed %d", seed).isGreaterThan(CASES);
  }

  /** One to three mutations: flip, cut, insert garbage, delete a range, duplicate a range, swap bytes. */
  static byte[] mutate(byte[] original, SplittableRandom random) {
    byte[] body = original;
    int rounds = 1 + random.nextInt(3);
    for (int round = 0; round < rounds; round++) {
      int length = body.length;
      int at = length == 0 ? 0 : random.nextInt(length);
      switch (random.nextInt(6)) {
        case 0: {
          body = body.clone();
          if (length > 0) {
            body[at] = (byte) (random.nextBoolean() ? body[at] ^ (1 << random.nextInt(8)) : random.nextInt(256));
          }
          break;
        }
        case 1:
          body = Arrays.copyOf(body, at);
          break;
        case 2: {
          byte[] garbage = GARBAGE[random.nextInt(GARBAGE.length)];
          body = splice(body, at, at, garbage);
          break;
        }
        case 3: {
          int end = Math.min(length, at + 1 + random.nextInt(20));
          body = splice(body, at, end, new byte[0]);
          break;
        }
        case 4: {
          int end = Math.min(length, at + 1 + random.nextInt(40));
          body = splice(body, at, at, Arrays.copyOfRange(body, at, end));
          break;
        }
        default: {
          body = body.clone();
          if (length > 1) {
            int other = random.nextInt(length);
            byte swap = body[at];
            body[at] = body[other];
            body[other] = swap;
          }
        }
      }
    }
    return body;
  }

  private static byte[] splice(byte[] body, int from, int to, byte[] insert) {
    byte[] out = new byte[body.length - (to - from) + insert.length];
    System.arraycopy(body, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(body, to, out, from + insert.length, body.length - to);
    return out;
  }

  private static String describe(byte[] body) {
    StringBuilder out = new StringBuilder();
    for (byte b : Arrays.copyOf(body, Math.min(body.length, 400))) {
      int c = b & 0xFF;
      out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02x", c));
    }
    return out.toString();
  }
}
