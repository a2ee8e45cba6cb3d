package net.calkit.identity.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import net.calkit.identity.testkit.gen.IdentityGen;
import net.calkit.identity.testkit.gen.WireBody;

/**
 * Hostile response bodies, each made from its own seed (and a pool of generated valid bodies made from
 * the run's seed) so that a failing one can be rebuilt from the seeds printed with the failure. The kinds: valid, truncated, mutated, wrong types, deep nesting, huge
 * numbers, long strings, duplicate keys, invalid UTF-8, wrong top-level types and random bytes.
 */
final class HostileBodies {
  static final int KINDS = 12;
  private static final byte[][] INVALID_UTF8 = {
      {(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC3, (byte) 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80},
      {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}};

  /** Valid bodies and their wrong-typed variants are drawn from a pool this large, built once per run. */
  static final int POOL_SIZE = 512;

  private final byte[][] valid;
  private final byte[][] wrongTyped;

  private HostileBodies(long poolSeed) {
    IdentityGen gen = IdentityGen.seeded(poolSeed);
    valid = new byte[POOL_SIZE][];
    wrongTyped = new byte[POOL_SIZE][];
    for (int i = 0; i < POOL_SIZE; i++) {
      WireBody body;
      switch (i % 4) {
        case 0:
          body = gen.userInfoBody(gen.userInfo());
          break;
        case 1:
          body = gen.accountBody(gen.account());
          break;
        case 2:
          body = gen.profilesBody(gen.calendarProfiles());
          break;
        default:
          body = gen.tokenResponseBody(gen.tokenResponse());
          break;
      }
      valid[i] = body.json();
      wrongTyped[i] = body.withWrongType();
    }
  }

  /** The bodies of a run: a pool of generated valid bodies from {@code poolSeed}. */
  static HostileBodies pool(long poolSeed) {
    return new HostileBodies(poolSeed);
  }

  /** The body for {@code seed}, drawn from and made from this pool. */
  byte[] body(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int kind = random.nextInt(KINDS);
    switch (kind) {
      case 0:
        return valid(random);
      case 1:
        return truncated(valid(random), random);
      case 2:
        return mutated(valid(random), random);
      case 3:
        return wrongTyped[random.nextInt(POOL_SIZE)].clone();
      case 4:
        return deep(random);
      case 5:
        return hugeNumber(random);
      case 6:
        return longString(random);
      case 7:
        return duplicateKeys(valid(random), random);
      case 8:
        return invalidUtf8(valid(random), random);
      case 9:
        return wrongTopLevel(random);
      case 10:
        return randomBytes(random);
      default:
        return spliced(valid(random), valid(random), random);
    }
  }

  private byte[] valid(SplittableRandom random) {
    return valid[random.nextInt(POOL_SIZE)].clone();
  }

  private static byte[] truncated(byte[] json, SplittableRandom random) {
    return java.util.Arrays.copyOf(json, random.nextInt(json.length));
  }

  private static byte[] mutated(byte[] json, SplittableRandom random) {
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      json[random.nextInt(json.length)] = (byte) random.nextInt(256);
    }
    return json;
  }

  private static byte[] deep(SplittableRandom random) {
    int depth = random.nextInt(4) == 0 ? 1 + random.nextInt(2_000) : 1 + random.nextInt(80);
    String key = random.nextBoolean() ? "profiles" : random.nextBoolean() ? "cronofy.data" : "account";
    StringBuilder out = new StringBuilder("{\"sub\":\"acc_deep\",\"").append(key).append("\":");
    boolean arrays = random.nextBoolean();
    for (int i = 0; i < depth; i++) {
      out.append(arrays ? "[" : "{\"" + key + "\":");
    }
    out.append(random.nextBoolean() ? "1" : "\"x\"");
    if (random.nextInt(3) != 0) {
      for (int i = 0; i < depth; i++) {
        out.append(arrays ? "]" : "}");
      }
      out.append('}');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hugeNumber(SplittableRandom random) {
    String[] keys = {"expires_in", "profile_connected", "sub", "profiles", "account_id", "scope"};
    String number;
    switch (random.nextInt(6)) {
      case 0:
        number = digits(random, 1 + random.nextInt(random.nextInt(10) == 0 ? 5000 : 300));
        break;
      case 1:
        number = "1e" + digits(random, 1 + random.nextInt(12));
        break;
      case 2:
        number = "-" + digits(random, 1 + random.nextInt(400)) + "." + digits(random, 1 + random.nextInt(400));
        break;
      case 3:
        number = "9".repeat(19 + random.nextInt(3));
        break;
      case 4:
        number = "1E-" + digits(random, 1 + random.nextInt(10));
        break;
      default:
        number = "0." + "0".repeat(random.nextInt(200)) + "1e999999999";
        break;
    }
    String key = keys[random.nextInt(keys.length)];
    String body = random.nextBoolean()
        ? "{\"token_type\":\"bearer\",\"access_token\":\"tok_a\",\"" + key + "\":" + number + "}"
        : "{\"account\":{\"account_id\":\"acc_n\",\"" + key + "\":" + number + "},\"sub\":\"acc_n\"}";
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private static String digits(SplittableRandom random, int length) {
    StringBuilder out = new StringBuilder(length);
    out.append((char) ('1' + random.nextInt(9)));
    for (int i = 1; i < length; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  private static byte[] longString(SplittableRandom random) {
    int length = random.nextInt(20) == 0 ? 4000 + random.nextInt(6_000) : random.nextInt(1000);
    StringBuilder value = new StringBuilder(length);
    String alphabet = "ab\\\"\\u00e9\\n\u00e9\u4e2d\ud83d\ude00 ";
    while (value.length() < length) {
      value.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    String text = value.toString().replace("\\\"", "").replaceAll("\\\\(?![\"nu])", "");
    String key = random.nextBoolean() ? "sub" : random.nextBoolean() ? "email" : "x-" + text.length();
    String body = "{\"" + (random.nextInt(10) == 0 ? text : key) + "\":\"" + text + "\",\"sub\":\"acc_s\"}";
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] duplicateKeys(byte[] json, SplittableRandom random) {
    String valid = new String(json, StandardCharsets.UTF_8);
    String[] keys = {"sub", "profiles", "account", "access_token", "expires_in", "cronofy.data", "email"};
    StringBuilder extra = new StringBuilder();
    int count = 1 + random.nextInt(random.nextInt(10) == 0 ? 500 : 5);
    for (int i = 0; i < count; i++) {
      String key = keys[random.nextInt(keys.length)];
      String[] values = {"null", "1", "\"acc_dup\"", "[]", "{}", "true", "[{\"profile_id\":\"pro_d\"}]"};
      extra.append('"').append(key).append("\":").append(values[random.nextInt(values.length)]).append(',');
    }
    return ("{" + extra + valid.substring(1)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] invalidUtf8(byte[] json, SplittableRandom random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 8);
    int insertions = 1 + random.nextInt(3);
    int[] at = new int[insertions];
    for (int i = 0; i < insertions; i++) {
      at[i] = random.nextInt(json.length);
    }
    for (int i = 0; i < json.length; i++) {
      for (int position : at) {
        if (position == i) {
          byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
          out.write(bad, 0, bad.length);
        }
      }
      out.write(json[i]);
    }
    return out.toByteArray();
  }

  private static byte[] wrongTopLevel(SplittableRandom random) {
    String[] bodies = {"", " ", "null", "true", "0", "-1", "\"acc_x\"", "[]", "[{}]", "{}", "{\"profiles\":null}",
        "{\"profiles\":{}}", "{\"account\":[]}", "{\"account\":null}", "{\"cronofy.data\":[]}", "{\"sub\":1}",
        "{\"access_token\":5}", "{\"errors\":[]}", "{\"error\":{}}", "{}{}", "[] []", "\uFEFF{}", "{\"sub\":\"acc_x\"} x",
        "{\"profiles\":[null]}", "{\"profiles\":[1,2]}", "{\"profiles\":[{\"profile_id\":null}]}"};
    return bodies[random.nextInt(bodies.length)].getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] randomBytes(SplittableRandom random) {
    byte[] out = new byte[random.nextInt(512)];
    String alphabet = "{}[]\":,0123456789.eE-+ truefalsn\\u";
    for (int i = 0; i < out.length; i++) {
      out[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : (byte) alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return out;
  }

  private static byte[] spliced(byte[] first, byte[] second, SplittableRandom random) {
    int a = random.nextInt(first.length);
    int b = random.nextInt(second.length);
    byte[] out = new byte[a + second.length - b];
    System.arraycopy(first, 0, out, 0, a);
    System.arraycopy(second, b, out, a, second.length - b);
    return out;
  }
}
