package net.calkit.identity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The decoders guess each next key from the documented order (a byte comparison instead of a symbol-table
 * lookup). Only speed may depend on the order: any order, with unknown keys anywhere (near misses of known
 * names included), must decode to the same value.
 */
@DisplayName("key order: any order of attributes decodes to the same value")
class KeyOrderTest {
  private static final int CASES = 1000;
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final List<String> NEAR_MISSES = List.of(
      "profile_id_", "profile_i", "calendar_id2", "_sub", "sub ", "SUB", "provider", "provider_name_x",
      "cronofy.dat", "cronofy.data.x", "account_", "scope\u00e9", "profile_calendars_", "permission_levels");

  private final IdentityJsonCodec codec = IdentityJsonCodec.create();

  @Test
  @DisplayName("shuffled keys and inserted unknown keys in every object, " + CASES + " seeded cases per body type")
  void shuffled() {
    long seed = RoundTripPropertyTest.seed();
    DomainGenerator gen = new DomainGenerator(seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < CASES; i++) {
      String context = "seed " + seed + ", case " + i;
      check(codec.encodeUserInfo(gen.userInfo()), codec::decodeUserInfo, random, context);
      check(codec.encodeAccount(gen.account()), codec::decodeAccount, random, context);
      check(codec.encodeProfiles(gen.profiles()), codec::decodeProfiles, random, context);
      check(codec.encodeConferencingProfiles(gen.conferencingProfiles()), codec::decodeConferencingProfiles,
          random, context);
      check(codec.encodeTokenResponse(gen.tokenResponse()), codec::decodeTokenResponse, random, context);
    }
  }

  @Test
  @DisplayName("the documented examples with every object's keys reversed")
  void reversedExamples() {
    for (String name : List.of("userinfo-account.json", "userinfo-conferencing-profiles.json",
        "userinfo-account-legacy.json")) {
      byte[] body = Bodies.example(name);
      assertThat(codec.decodeUserInfo(write(reversed(JsonTrees.parse(body))))).as(name)
          .isEqualTo(codec.decodeUserInfo(body));
    }
    byte[] profiles = Bodies.example("profiles.json");
    assertThat(codec.decodeProfiles(write(reversed(JsonTrees.parse(profiles)))))
        .isEqualTo(codec.decodeProfiles(profiles));
    byte[] account = Bodies.example("account.json");
    assertThat(codec.decodeAccount(write(reversed(JsonTrees.parse(account)))))
        .isEqualTo(codec.decodeAccount(account));
  }

  private static <T> void check(byte[] body, Function<byte[], T> decode, SplittableRandom random, String context) {
    T expected = decode.apply(body);
    byte[] shuffled = write(shuffle(JsonTrees.parse(body), random));
    T actual = decode.apply(shuffled);
    if (!actual.equals(expected)) {
      assertThat(actual).as("%s: %s", context, Bodies.text(shuffled)).isEqualTo(expected);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object shuffle(Object node, SplittableRandom random) {
    if (node instanceof Map) {
      List<Map.Entry<String, Object>> entries = new ArrayList<>(((Map<String, Object>) node).entrySet());
      int unknown = random.nextInt(3);
      for (int i = 0; i < unknown; i++) {
        String key = NEAR_MISSES.get(random.nextInt(NEAR_MISSES.size()));
        if (entries.stream().noneMatch(entry -> entry.getKey().equals(key))) {
          entries.add(Map.entry(key, random.nextBoolean() ? "x" : Map.of("profile_id", "nested")));
        }
      }
      Collections.shuffle(entries, new java.util.Random(random.nextLong()));
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> entry : entries) {
        out.put(entry.getKey(), shuffle(entry.getValue(), random));
      }
      return out;
    }
    if (node instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object element : (List<?>) node) {
        out.add(shuffle(element, random));
      }
      return out;
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static Object reversed(Object node) {
    if (node instanceof Map) {
      List<Map.Entry<String, Object>> entries = new ArrayList<>(((Map<String, Object>) node).entrySet());
      Collections.reverse(entries);
      Map<String, Object> out = new LinkedHashMap<>();
      entries.forEach(entry -> out.put(entry.getKey(), reversed(entry.getValue())));
      return out;
    }
    if (node instanceof List) {
      List<Object> out = new ArrayList<>();
      ((List<?>) node).forEach(element -> out.add(reversed(element)));
      return out;
    }
    return node;
  }

  private static byte[] write(Object tree) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private static void write(JsonGenerator g, Object node) throws IOException {
    if (node instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) node).entrySet()) {
        g.writeFieldName(entry.getKey());
        write(g, entry.getValue());
      }
      g.writeEndObject();
    } else if (node instanceof List) {
      g.writeStartArray();
      for (Object element : (List<?>) node) {
        write(g, element);
      }
      g.writeEndArray();
    } else if (node instanceof String) {
      g.writeString((String) node);
    } else if (node instanceof BigInteger) {
      g.writeNumber((BigInteger) node);
    } else if (node instanceof BigDecimal) {
      g.writeNumber((BigDecimal) node);
    } else if (node instanceof Boolean) {
      g.writeBoolean((Boolean) node);
    } else if (node == JsonTrees.NULL) {
      g.writeNull();
    } else {
      throw new IllegalStateException("unexpected node " + node);
    }
  }
}
