package net.calkit.identity.domain;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Seeded, generator-driven property checks on plain JUnit 5. The seed comes from the system property
 * {@value #SEED_PROPERTY} when set (rerun a failure with {@code -Dcalkit.seed=<seed>}), otherwise a fresh
 * one per run; every failure message names the seed and the case. Kept small on purpose: the testkit will
 * ship public generators of domain values.
 */
public final class Seeded {
  /** The system property that fixes the seed. */
  public static final String SEED_PROPERTY = "calkit.seed";
  /** Cases per property unless a test asks for more. */
  public static final int CASES = 1000;

  private static final String PRINTABLE = printable();

  private Seeded() {}

  /** The seed of this run: {@value #SEED_PROPERTY} when set, otherwise random. */
  public static long seed() {
    String fixed = System.getProperty(SEED_PROPERTY);
    if (fixed != null && !fixed.isBlank()) {
      try {
        return Long.parseLong(fixed.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a long, such as -7301: " + fixed, e);
      }
    }
    return new SplittableRandom().nextLong();
  }

  /** A generator of values from a random source. */
  @FunctionalInterface
  public interface Gen<T> {
    /** The next value. */
    T next(SplittableRandom random);

    /** A generator of {@code f} applied to this one's values. */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
      return random -> f.apply(next(random));
    }
  }

  /** Checks {@code property} for {@value #CASES} generated values. */
  public static <T> void forAll(Gen<T> gen, Consumer<? super T> property) {
    forAll(CASES, gen, property);
  }

  /**
   * Checks {@code property} for {@code cases} generated values; a failure is rethrown as an
   * {@link AssertionError} naming the seed, the case number and the value.
   */
  public static <T> void forAll(int cases, Gen<T> gen, Consumer<? super T> property) {
    long seed = seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < cases; i++) {
      T value = gen.next(random);
      try {
        property.accept(value);
      } catch (AssertionError | RuntimeException failure) {
        throw new AssertionError("property failed at case " + i + " of " + cases + " for " + show(value)
            + " [seed " + seed + "; rerun with -D" + SEED_PROPERTY + "=" + seed + "]: " + failure.getMessage(),
            failure);
      }
    }
  }

  /** A uniformly chosen element. */
  public static <T> Gen<T> oneOf(List<? extends T> choices) {
    List<? extends T> copy = List.copyOf(choices);
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /** An integer in {@code [min, max]}. */
  public static Gen<Integer> ints(int min, int max) {
    return random -> random.nextInt(min, max + 1);
  }

  /** A non-empty string of any ASCII characters (controls included), 1 to {@code maxLength} long. */
  public static Gen<String> asciiStrings(int maxLength) {
    return random -> {
      int length = random.nextInt(1, maxLength + 1);
      StringBuilder out = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        out.append((char) random.nextInt(0, 128));
      }
      return out.toString();
    };
  }

  /** A non-empty string of printable ASCII without spaces (0x21..0x7E), 1 to {@code maxLength} long. */
  public static Gen<String> printableAscii(int maxLength) {
    return random -> {
      int length = random.nextInt(1, maxLength + 1);
      StringBuilder out = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        out.append(PRINTABLE.charAt(random.nextInt(PRINTABLE.length())));
      }
      return out.toString();
    };
  }

  /** {@code text} with each letter's case flipped at random. */
  public static String randomCase(SplittableRandom random, String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** Escapes control and non-ASCII characters so a failing value prints on one line. */
  public static String show(Object value) {
    String text = String.valueOf(value);
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (char c : text.toCharArray()) {
      if (c < 0x20 || c > 0x7E) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String printable() {
    StringBuilder out = new StringBuilder();
    for (char c = 0x21; c <= 0x7E; c++) {
      out.append(c);
    }
    return out.toString();
  }
}
