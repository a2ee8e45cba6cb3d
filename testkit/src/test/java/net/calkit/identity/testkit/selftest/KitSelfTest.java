package net.calkit.identity.testkit.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The kit tests itself: every deliberately broken adapter makes the kit fail, and among the failures is
 * one whose test display name and assertion message start with the rule ID the defect breaks.
 */
class KitSelfTest {

  static Stream<Arguments> brokenAdapters() {
    return Stream.of(
        Arguments.of(BrokenKits.DropsUnknownProviders.class, "ENUM-1"),
        Arguments.of(BrokenKits.LosesRelinkUrls.class, "PROF-1"),
        Arguments.of(BrokenKits.UnauthorizedAsGenericError.class, "ERR-401"),
        Arguments.of(BrokenKits.MissingOptionalIsError.class, "PARSE-2"),
        Arguments.of(BrokenKits.LosesConferencingProfiles.class, "PROF-4"),
        Arguments.of(BrokenKits.ThrowsSynchronously.class, "STAGE-1"),
        Arguments.of(BrokenKits.ReturnsNullStage.class, "STAGE-1"),
        Arguments.of(BrokenKits.NullFactory.class, "KIT-1"),
        Arguments.of(BrokenKits.FollowsRedirects.class, "REDIRECT-1"),
        Arguments.of(BrokenKits.SendsAuthorizationOnRefresh.class, "REFRESH-4"),
        Arguments.of(BrokenKits.WrongAuthScheme.class, "AUTH-1"),
        Arguments.of(BrokenKits.WrongRevokePath.class, "REVOKE-1"),
        Arguments.of(BrokenKits.IgnoresRetryAfter.class, "ERR-429"),
        Arguments.of(BrokenKits.UnauthorizedAsServerError.class, "ERR-401"),
        Arguments.of(BrokenKits.NoBodyLimit.class, "PARSE-6"),
        Arguments.of(BrokenKits.IoAsInvalidResponse.class, "ERR-IO"),
        Arguments.of(BrokenKits.BlocksCaller.class, "STAGE-2"),
        Arguments.of(BrokenKits.TokenInMessage.class, "SECRET-1"),
        Arguments.of(BrokenKits.DoesNotRotateRefreshToken.class, "REFRESH-2"),
        Arguments.of(BrokenKits.MisMapsDataCenter.class, "DC-1"),
        Arguments.of(BrokenKits.IgnoresCancel.class, "CANCEL-1"));
  }

  @ParameterizedTest(name = "{0} fails {1}")
  @MethodSource("brokenAdapters")
  void brokenAdapterFailsTheExpectedRule(Class<?> kit, String ruleId) {
    TestExecutionSummary summary = run(kit);
    List<TestExecutionSummary.Failure> failures = summary.getFailures();
    assertThat(failures).as("failures of %s", kit.getSimpleName()).isNotEmpty();
    assertThat(failures)
        .as("%s must fail a test named and messaged [%s]; it failed: %s", kit.getSimpleName(), ruleId, describe(failures))
        .anySatisfy(failure -> {
          assertThat(failure.getException().getMessage()).startsWith("[" + ruleId + "] ");
          assertThat(failure.getTestIdentifier().getDisplayName()).startsWith(ruleId + " ");
        });
    assertThat(failures).as("every failure message cites a rule").allSatisfy(failure ->
        assertThat(failure.getException().getMessage()).matches("(?s)^\\[[A-Z]+-[0-9A-Z]+\\] .*"));
  }

  @org.junit.jupiter.api.Test
  void undeclaredCapabilitiesSkipWithAMessageNamingTheHook() {
    java.util.Map<String, String> skipped = new java.util.concurrent.ConcurrentHashMap<>();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    org.junit.platform.launcher.TestExecutionListener aborted = new org.junit.platform.launcher.TestExecutionListener() {
      @Override
      public void executionFinished(org.junit.platform.launcher.TestIdentifier test,
          org.junit.platform.engine.TestExecutionResult result) {
        if (result.getStatus() == org.junit.platform.engine.TestExecutionResult.Status.ABORTED) {
          skipped.put(test.getDisplayName(), result.getThrowable().map(Throwable::getMessage).orElse(""));
        }
      }
    };
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(BrokenKits.WithoutCapabilities.class)).build(), summary, aborted);
    assertThat(summary.getSummary().getFailures()).as("a correct adapter fails nothing")
        .extracting(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException().getMessage()).isEmpty();
    assertThat(skipped.keySet()).anyMatch(name -> name.startsWith("DC-1 "))
        .anyMatch(name -> name.startsWith("REFRESH-1 ")).anyMatch(name -> name.startsWith("REFRESH-4 "))
        .anyMatch(name -> name.startsWith("CANCEL-1 "));
    skipped.forEach((name, message) -> {
      String id = name.substring(0, name.indexOf(' '));
      assertThat(message).as("skip message of %s", name).contains("Skipping " + id + ": ").contains("override ");
    });
  }

  static TestExecutionSummary run(Class<?> kit) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(kit)).build(), listener);
    return listener.getSummary();
  }

  private static String describe(List<TestExecutionSummary.Failure> failures) {
    StringBuilder out = new StringBuilder();
    for (TestExecutionSummary.Failure failure : failures) {
      String message = String.valueOf(failure.getException().getMessage());
      out.append("\n  ").append(failure.getTestIdentifier().getDisplayName()).append(" -> ")
          .append(message, 0, Math.min(message.length(), 160));
    }
    return out.toString();
  }
}
