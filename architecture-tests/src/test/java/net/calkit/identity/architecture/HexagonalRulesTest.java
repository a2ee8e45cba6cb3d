package net.calkit.identity.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves every rule can fail: each one, pointed at the violating fixture tree, reports the offending classes
 * by name; pointed at the compliant tree (which uses every allowed dependency), it passes; pointed at nothing,
 * the strict ones refuse to pass vacuously.
 */
class HexagonalRulesTest {

  private static final String VIOLATING = "fixtures.violating.net.calkit.identity";
  private static final String COMPLIANT = "fixtures.compliant.net.calkit.identity";

  private static JavaClasses violating;
  private static JavaClasses compliant;

  @BeforeAll
  static void importFixtures() {
    violating = new ClassFileImporter().importPackages(VIOLATING);
    compliant = new ClassFileImporter().importPackages(COMPLIANT);
    assertThat(violating.size()).as("violating fixtures found").isGreaterThanOrEqualTo(19);
    assertThat(compliant.size()).as("compliant fixtures found").isGreaterThanOrEqualTo(10);
  }

  /** Asserts that {@code rule} reports a violation naming each of {@code offenders}, and only those. */
  private static void assertViolations(ArchRule rule, String... offenders) {
    EvaluationResult result = rule.evaluate(violating);
    assertThat(result.hasViolation()).as("%s should fail on the fixtures", rule.getDescription()).isTrue();
    String report = result.getFailureReport().toString();
    for (String offender : offenders) {
      assertThat(report).as("report of: %s", rule.getDescription()).contains("<" + VIOLATING + "." + offender);
    }
    List<String> details = result.getFailureReport().getDetails();
    assertThat(details).as("every violation is one of the expected offenders")
        .allSatisfy(line -> assertThat(List.of(offenders)).anySatisfy(
            offender -> assertThat(line).contains(VIOLATING + "." + offender)));
  }

  @Test
  void domainRuleNamesTheDomainClassThatUsesAPort() {
    assertViolations(HexagonalRules.domainDependsOnlyOnJava(VIOLATING), "domain.DomainUsesPort");
  }

  @Test
  void portsRuleNamesThePortAndClientClassesThatReachOut() {
    assertViolations(HexagonalRules.portsDependOnlyOnDomain(VIOLATING), "ports.PortUsesJson",
        "client.ClientUsesFake");
  }

  @Test
  void adapterRuleNamesAdaptersThatUseEachOther() {
    assertViolations(HexagonalRules.adaptersAreIndependent(VIOLATING), "vertx.VertxUsesFake",
        "fake.FakeUsesVertxAdapter");
  }

  @Test
  void vertxRuleNamesTheClassOutsideTheAllowedModules() {
    assertViolations(HexagonalRules.vertxOnlyInVertxTestkitAndCli(VIOLATING), "json.JsonUsesVertx");
  }

  @Test
  void jacksonRuleNamesTheClassesOutsideJsonAndItsUsers() {
    assertViolations(HexagonalRules.jacksonOnlyInJsonAndItsUsers(VIOLATING), "fake.FakeUsesJackson",
        "ports.PortUsesJson");
  }

  @Test
  void internalRuleNamesTheClassesThatReachIntoAnotherModule() {
    assertViolations(HexagonalRules.internalsStayInsideTheirModule(VIOLATING), "vertx.VertxUsesDomainInternal",
        "cli.CliUsesJsonInternal");
  }

  @Test
  void moduleDirectionsNameEveryInwardToOutwardDependency() {
    assertViolations(HexagonalRules.moduleDirections(VIOLATING), "domain.DomainUsesPort", "ports.PortUsesJson",
        "client.ClientUsesFake", "vertx.VertxUsesFake", "fake.FakeUsesVertxAdapter");
  }

  @Test
  void everyRulePassesOnTheCompliantFixtures() {
    for (ArchRule rule : HexagonalRules.all(COMPLIANT)) {
      EvaluationResult result = rule.evaluate(compliant);
      assertThat(result.hasViolation()).as("%s%n%s", rule.getDescription(), result.getFailureReport()).isFalse();
    }
  }

  @Test
  void theCompliantFixturesReallyUseWhatTheRulesAllow() {
    assertThat(compliant.get(COMPLIANT + ".vertx.VertxAdapter").getDirectDependenciesFromSelf())
        .anySatisfy(d -> assertThat(d.getTargetClass().getPackageName()).startsWith("io.vertx"));
    assertThat(compliant.get(COMPLIANT + ".json.Codec").getDirectDependenciesFromSelf())
        .anySatisfy(d -> assertThat(d.getTargetClass().getPackageName()).startsWith("com.fasterxml"));
  }

  @Test
  void theStrictRulesRefuseToPassOnAnEmptySelection() {
    JavaClasses nothing = new ClassFileImporter().importPackages("fixtures.nothing.here");
    for (ArchRule rule : List.of(HexagonalRules.domainDependsOnlyOnJava(VIOLATING),
        HexagonalRules.portsDependOnlyOnDomain(VIOLATING), HexagonalRules.vertxOnlyInVertxTestkitAndCli(VIOLATING),
        HexagonalRules.jacksonOnlyInJsonAndItsUsers(VIOLATING),
        HexagonalRules.internalsStayInsideTheirModule(VIOLATING))) {
      assertThatThrownBy(() -> rule.evaluate(nothing)).as(rule.getDescription())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("failed to check any classes");
    }
  }

  @Test
  void theStrictRulesRefuseToPassWhenTheirOwnPackageIsMissing() {
    JavaClasses withoutDomain = new ClassFileImporter().importPackages(VIOLATING + ".vertx", VIOLATING + ".fake");
    assertThatThrownBy(() -> HexagonalRules.domainDependsOnlyOnJava(VIOLATING).evaluate(withoutDomain))
        .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
    assertThatThrownBy(() -> HexagonalRules.portsDependOnlyOnDomain(VIOLATING).evaluate(withoutDomain))
        .isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
  }

  @Test
  void theStrictLayersMustExist() {
    JavaClasses onlyAdapters = new ClassFileImporter().importPackages(VIOLATING + ".vertx", VIOLATING + ".fake");
    EvaluationResult result = HexagonalRules.moduleDirections(VIOLATING).evaluate(onlyAdapters);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("Layer 'Domain' is empty");
  }

  @Test
  void onlyTheDocumentedSelectionsMayBeEmpty() {
    JavaClasses nothing = new ClassFileImporter().importPackages("fixtures.nothing.here");
    assertThat(HexagonalRules.adaptersAreIndependent(VIOLATING).evaluate(nothing).hasViolation()).isFalse();
  }
}
