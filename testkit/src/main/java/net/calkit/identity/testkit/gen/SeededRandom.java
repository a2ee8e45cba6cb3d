package net.calkit.identity.testkit.gen;

import java.lang.reflect.Parameter;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A JUnit 5 extension for seeded property tests: it resolves {@link IdentityGen}, {@link Random} and
 * {@link SplittableRandom} parameters, all from one seed per test, taken from the system property
 * {@value #SEED_PROPERTY} when set or fresh otherwise. When the test fails, the seed is attached to
 * the failure (as a suppressed exception whose message says how to rerun) and published as a report
 * entry.
 *
 * <pre>{@code
 * @ExtendWith(SeededRandom.class)
 * class MyPropertyTest {
 *   @RepeatedTest(200) void roundTrips(IdentityGen gen) { ... }
 * }
 * }</pre>
 */
public final class SeededRandom implements ParameterResolver, TestExecutionExceptionHandler {
  /** The system property that fixes the seed: {@code -Dcalkit.seed=1234}. */
  public static final String SEED_PROPERTY = "calkit.seed";

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SeededRandom.class);

  /** Used by JUnit. */
  public SeededRandom() {}

  /** The seed from {@value #SEED_PROPERTY}, or a fresh one when it is not set. */
  public static long seed() {
    String fixed = System.getProperty(SEED_PROPERTY);
    if (fixed != null && !fixed.isBlank()) {
      try {
        return Long.parseLong(fixed.strip());
      } catch (NumberFormatException malformed) {
        throw new IllegalArgumentException(
            "system property " + SEED_PROPERTY + " must be a long, but was \"" + fixed + "\"", malformed);
      }
    }
    return new SplittableRandom().nextLong();
  }

  /** A short text to put in assertion messages: {@code seed=N (rerun with -Dcalkit.seed=N)}. */
  public static String describe(long seed) {
    return "seed=" + seed + " (rerun with -D" + SEED_PROPERTY + "=" + seed + ")";
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == IdentityGen.class || type == Random.class || type == SplittableRandom.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    long seed = extensionContext.getStore(NAMESPACE).getOrComputeIfAbsent("seed", key -> seed(), Long.class);
    Parameter parameter = parameterContext.getParameter();
    if (parameter.getType() == IdentityGen.class) {
      return IdentityGen.seeded(seed);
    }
    if (parameter.getType() == Random.class) {
      return new Random(seed);
    }
    return new SplittableRandom(seed);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    Long seed = context.getStore(NAMESPACE).get("seed", Long.class);
    if (seed != null) {
      throwable.addSuppressed(new SeedReport(describe(seed)));
      context.publishReportEntry(SEED_PROPERTY, Long.toString(seed));
    }
    throw throwable;
  }

  /** Carries the seed of a failed test; no stack trace. */
  static final class SeedReport extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SeedReport(String message) {
      super(message, null, false, false);
    }
  }
}
