package net.calkit.identity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The dependency rules of the hexagon, written with ArchUnit's own DSL ({@code noClasses()},
 * {@code layeredArchitecture()}) and kept strict: an empty selection fails ({@code failOnEmptyShould}) except
 * where a comment says why not. Every rule takes the base package, so the same rule runs against the
 * production classes ({@link #BASE_PACKAGE}) and against deliberately violating fixtures.
 */
public final class HexagonalRules {
  /** The base package of the production classes. */
  public static final String BASE_PACKAGE = "net.calkit.identity";

  /** A Maven module and its packages, relative to the base package. */
  record Module(String artifactId, List<String> packages) {}

  // declared before the rule constants, which read it during class initialization
  /** Every module whose classes are analysed (identity-ports holds two packages). */
  static final List<Module> MODULES = List.of(
      new Module("identity-domain", List.of("domain")),
      new Module("identity-ports", List.of("ports", "client")),
      new Module("identity-json", List.of("json")),
      new Module("adapter-vertx", List.of("vertx")),
      new Module("adapter-fake", List.of("fake")),
      new Module("testkit", List.of("testkit")),
      new Module("identity-cli", List.of("cli")));

  /** The domain depends only on {@code java..} and {@code org.jspecify..}. */
  public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA = domainDependsOnlyOnJava(BASE_PACKAGE);
  /** Ports and the client depend only on the domain, {@code java..} and {@code org.jspecify..}. */
  public static final ArchRule PORTS_DEPEND_ONLY_ON_DOMAIN = portsDependOnlyOnDomain(BASE_PACKAGE);
  /** No adapter depends on another adapter. */
  public static final ArchRule ADAPTERS_ARE_INDEPENDENT = adaptersAreIndependent(BASE_PACKAGE);
  /** {@code io.vertx..} is used only by the Vert.x adapter, the testkit and the CLI. */
  public static final ArchRule VERTX_ONLY_IN_VERTX_TESTKIT_CLI = vertxOnlyInVertxTestkitAndCli(BASE_PACKAGE);
  /** {@code com.fasterxml..} is used only by the JSON codec and its users. */
  public static final ArchRule JACKSON_ONLY_IN_JSON_AND_USERS = jacksonOnlyInJsonAndItsUsers(BASE_PACKAGE);
  /** Nothing outside a module touches that module's {@code internal} packages. */
  public static final ArchRule INTERNALS_STAY_INSIDE_THEIR_MODULE = internalsStayInsideTheirModule(BASE_PACKAGE);
  /** Modules depend on each other only in the directions of the design's module table. */
  public static final ArchRule MODULE_DIRECTIONS = moduleDirections(BASE_PACKAGE);

  private HexagonalRules() {}

  /** Every rule for {@code base}. */
  public static List<ArchRule> all(String base) {
    return List.of(domainDependsOnlyOnJava(base), portsDependOnlyOnDomain(base), adaptersAreIndependent(base),
        vertxOnlyInVertxTestkitAndCli(base), jacksonOnlyInJsonAndItsUsers(base), internalsStayInsideTheirModule(base),
        moduleDirections(base));
  }

  /** The domain depends only on itself, {@code java..} and {@code org.jspecify..}; must never be empty. */
  public static ArchRule domainDependsOnlyOnJava(String base) {
    return noClasses().that().resideInAPackage(base + ".domain..")
        .should().dependOnClassesThat().resideOutsideOfPackages(base + ".domain..", "java..", "org.jspecify..")
        .because("the domain is the centre of the hexagon: plain Java values and pure policies");
  }

  /** Ports and client depend only on themselves, the domain, {@code java..} and {@code org.jspecify..}. */
  public static ArchRule portsDependOnlyOnDomain(String base) {
    return noClasses().that().resideInAnyPackage(base + ".ports..", base + ".client..")
        .should().dependOnClassesThat().resideOutsideOfPackages(
            base + ".ports..", base + ".client..", base + ".domain..", "java..", "org.jspecify..")
        .because("ports and the application service know the domain only; adapters plug in from outside");
  }

  /** Neither adapter depends on the other. */
  public static ArchRule adaptersAreIndependent(String base) {
    // adapter-vertx and adapter-fake are being written right now: until both have classes, the "that()"
    // selections below may be empty, so (only) these two allow an empty selection.
    ArchRule vertxWithoutFake = noClasses().that().resideInAPackage(base + ".vertx..")
        .should().dependOnClassesThat().resideInAPackage(base + ".fake..")
        .allowEmptyShould(true);
    ArchRule fakeWithoutVertx = noClasses().that().resideInAPackage(base + ".fake..")
        .should().dependOnClassesThat().resideInAPackage(base + ".vertx..")
        .allowEmptyShould(true);
    return CompositeArchRule.of(vertxWithoutFake).and(fakeWithoutVertx)
        .because("an adapter implements the ports by itself; sharing code between adapters couples them");
  }

  /** Only the Vert.x adapter, the testkit (stub server) and the CLI use {@code io.vertx..}. */
  public static ArchRule vertxOnlyInVertxTestkitAndCli(String base) {
    return noClasses().that().resideOutsideOfPackages(base + ".vertx..", base + ".testkit..", base + ".cli..")
        .should().dependOnClassesThat().resideInAPackage("io.vertx..")
        .because("Vert.x is one adapter's technology, not the library's");
  }

  /** Only the JSON codec and its users (Vert.x adapter, testkit, CLI) use {@code com.fasterxml..}. */
  public static ArchRule jacksonOnlyInJsonAndItsUsers(String base) {
    return noClasses().that().resideOutsideOfPackages(
            base + ".json..", base + ".vertx..", base + ".testkit..", base + ".cli..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
        .because("the wire format lives in identity-json; the domain, ports and the fake stay free of Jackson");
  }

  /** For every module, classes outside it do not depend on its {@code ..internal..} packages. */
  public static ArchRule internalsStayInsideTheirModule(String base) {
    CompositeArchRule rule = null;
    for (Module module : MODULES) {
      String[] roots = module.packages().stream().map(p -> base + "." + p + "..").toArray(String[]::new);
      String[] internals = module.packages().stream().map(p -> base + "." + p + "..internal..")
          .toArray(String[]::new);
      ArchRule forModule = noClasses().that().resideOutsideOfPackages(roots)
          .should().dependOnClassesThat().resideInAnyPackage(internals)
          .as("no classes outside " + module.artifactId() + " should depend on its internal packages "
              + String.join(", ", internals));
      rule = rule == null ? CompositeArchRule.of(forModule) : rule.and(forModule);
    }
    return rule.because("internal packages are not exported: they may change in any release");
  }

  /**
   * The module table of the design as layers: ports are used by adapters, testkit and CLI; the JSON codec by the
   * Vert.x adapter, testkit and CLI; adapters by the testkit (the fake) and the CLI; nothing uses the CLI.
   */
  public static ArchRule moduleDirections(String base) {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Domain").definedBy(base + ".domain..")
        .layer("Ports").definedBy(base + ".ports..", base + ".client..")
        .layer("Json").definedBy(base + ".json..")
        // these four modules are being written right now and may have no classes yet
        .optionalLayer("Vertx").definedBy(base + ".vertx..")
        .optionalLayer("Fake").definedBy(base + ".fake..")
        .optionalLayer("Testkit").definedBy(base + ".testkit..")
        .optionalLayer("Cli").definedBy(base + ".cli..")
        .whereLayer("Ports").mayOnlyBeAccessedByLayers("Vertx", "Fake", "Testkit", "Cli")
        .whereLayer("Json").mayOnlyBeAccessedByLayers("Vertx", "Testkit", "Cli")
        .whereLayer("Vertx").mayOnlyBeAccessedByLayers("Cli")
        .whereLayer("Fake").mayOnlyBeAccessedByLayers("Testkit", "Cli")
        .whereLayer("Testkit").mayOnlyBeAccessedByLayers("Cli")
        .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
        .because("dependencies point inwards, as in the design's module table");
  }
}
