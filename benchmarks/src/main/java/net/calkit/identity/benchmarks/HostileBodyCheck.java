package net.calkit.identity.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import net.calkit.identity.domain.error.InvalidResponseException;
import net.calkit.identity.json.IdentityJsonCodec;
import net.calkit.identity.json.JsonLimits;

/**
 * The time one hostile body can take (not JMH): the worst bodies the default {@link JsonLimits} let
 * through, or make the codec read to the end before refusing, each decoded as a userinfo body after a
 * warm-up. Issue 7 bounds a body at 50 ms; the reliability tests prove the limits hold and leave timing to
 * this check. It passes when every body gives a value or {@link InvalidResponseException} and the
 * slowest median is under the bound.
 *
 * <p>Usage: {@code HostileBodyCheck [--runs 5] [--max-body-bytes 8388608] [--out file]}. Exit status: 0 pass,
 * 1 fail.
 */
public final class HostileBodyCheck {
  /** The bound per body, from issue 7. */
  static final double BOUND_MILLIS = 50;

  private HostileBodyCheck() {}

  /** Runs the check; see the class comment. */
  public static void main(String[] args) throws IOException {
    int runs = 5;
    int maxBodyBytes = JsonLimits.DEFAULT_MAX_BODY_BYTES;
    Path out = Path.of("target", "hostile.properties");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--runs": runs = Integer.parseInt(args[i + 1]); break;
        case "--out": out = Path.of(args[i + 1]); break;
        case "--max-body-bytes": maxBodyBytes = Integer.parseInt(args[i + 1]); break;
        default: throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Properties summary = run(JsonLimits.DEFAULT.withMaxBodyBytes(maxBodyBytes), runs);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream stream = Files.newOutputStream(out)) {
      summary.store(stream, "HostileBodyCheck");
    }
    System.out.println("hostile " + summary.getProperty("result") + "  (" + summary.getProperty("detail") + ")");
    System.exit("PASS".equals(summary.getProperty("result")) ? 0 : 1);
  }

  /** Decodes every body {@code runs} times after a warm-up; the summary names the slowest. */
  static Properties run(JsonLimits limits, int runs) {
    IdentityJsonCodec codec = IdentityJsonCodec.create(limits);
    Map<String, byte[]> bodies = bodies(limits);
    Function<byte[], Object> decode = codec::decodeUserInfo;
    WarmUp.untilJitQuiet(() -> bodies.values().forEach(body -> outcome(decode, body)), 3, 12, 20);
    String slowest = "";
    double slowestMillis = 0;
    boolean typed = true;
    StringBuilder each = new StringBuilder();
    for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
      double[] millis = new double[runs];
      String outcome = "";
      for (int run = 0; run < runs; run++) {
        long started = System.nanoTime();
        outcome = outcome(decode, body.getValue());
        millis[run] = (System.nanoTime() - started) / 1e6;
      }
      Arrays.sort(millis);
      double median = millis[runs / 2];
      typed &= !outcome.equals("UNTYPED");
      each.append(String.format(Locale.ROOT, "%s %.1f ms %s; ", body.getKey(), median, outcome));
      if (median > slowestMillis) {
        slowestMillis = median;
        slowest = body.getKey();
      }
    }
    Properties summary = new Properties();
    summary.setProperty("name", "hostile-worst-ms");
    summary.setProperty("result", typed && slowestMillis <= BOUND_MILLIS ? "PASS" : "FAIL");
    summary.setProperty("detail", String.format(Locale.ROOT,
        "maxBodyBytes %d: slowest median %.1f ms (%s), bound %.0f ms; %s", limits.maxBodyBytes(), slowestMillis,
        slowest, BOUND_MILLIS, each.toString().strip()));
    return summary;
  }

  /** "value", "refused", or "UNTYPED" for anything but a value or the codec's typed refusal. */
  private static String outcome(Function<byte[], Object> decode, byte[] body) {
    try {
      decode.apply(body);
      return "value";
    } catch (InvalidResponseException refused) {
      return "refused";
    } catch (RuntimeException | StackOverflowError other) {
      return "UNTYPED";
    }
  }

  /** The worst cases the limits allow, each about as large as the body limit. */
  static Map<String, byte[]> bodies(JsonLimits limits) {
    int max = limits.maxBodyBytes();
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    byte[] valid = validUserInfo(max - 64);
    bodies.put("valid-max", valid);
    bodies.put("truncated-max", Arrays.copyOf(valid, valid.length - 3));
    bodies.put("long-strings", filler(max, "\"x_%d\": \"" + "s".repeat(limits.maxStringLength() - 16) + "\""));
    bodies.put("escaped-strings",
        filler(max, "\"x_%d\": \"" + "\\u00e9\\n".repeat(limits.maxStringLength() / 16) + "\""));
    bodies.put("deep-unknown", filler(max, "\"x_%d\": " + "[".repeat(limits.maxDepth() - 2)
        + "1" + "]".repeat(limits.maxDepth() - 2)));
    bodies.put("long-numbers", filler(max, "\"x_%d\": [" + ("9".repeat(limits.maxNumberLength() - 1) + ",").repeat(64)
        + "1]"));
    bodies.put("many-keys", filler(max, "\"k%d\": 1"));
    bodies.put("many-keys-nested", filler(max, "\"x%1$d\": {\"a%1$d\": 1, \"b%1$d\": [{\"c%1$d\": 1}]}"));
    // the largest body the codec still parses with a table of keys (IdentityJsonCodec.KEY_TABLE_MAX_BODY_BYTES)
    bodies.put("many-keys-256k", filler(Math.min(max, 256 * 1024), "\"k%d\": 1"));
    byte[] badUtf8 = filler(max, "\"x_%d\": \"" + "a".repeat(4096) + "\"");
    badUtf8[badUtf8.length - 4] = (byte) 0xC3;
    bodies.put("invalid-utf8-at-end", badUtf8);
    bodies.put("depth-bomb", ("{\"sub\": \"acc_1\", \"x\": " + "[".repeat(Math.min(1_000_000, max - 32)))
        .getBytes(StandardCharsets.US_ASCII));
    bodies.put("over-size", new byte[max + 1]);
    return bodies;
  }

  /** {@code {"sub": ..., <member 0>, <member 1>, ...}} up to about {@code size} bytes. */
  private static byte[] filler(int size, String memberFormat) {
    StringBuilder json = new StringBuilder(size).append("{\"sub\": \"acc_1\"");
    int i = 0;
    while (true) {
      String member = ", " + String.format(Locale.ROOT, memberFormat, i++);
      if (json.length() + member.length() + 1 > size) {
        break;
      }
      json.append(member);
    }
    return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A realistic userinfo body of about {@code size} bytes: as many calendar profiles as fit. */
  private static byte[] validUserInfo(int size) {
    int sample = 20;
    int profiles = Math.max(1, (int) ((long) size * sample / Bodies.userInfoWithProfiles(sample, Bodies.SEED).length));
    byte[] body = Bodies.userInfoWithProfiles(profiles, Bodies.SEED);
    while (body.length > size) {
      profiles = profiles * 97 / 100;
      body = Bodies.userInfoWithProfiles(profiles, Bodies.SEED);
    }
    return body;
  }
}
