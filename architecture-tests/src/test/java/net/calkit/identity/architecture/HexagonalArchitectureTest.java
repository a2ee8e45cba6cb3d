package net.calkit.identity.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of {@link HexagonalRules} applied to the production classes of every module. */
@AnalyzeClasses(packages = HexagonalRules.BASE_PACKAGE, importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonalArchitectureTest {

  @ArchTest
  static final ArchRule domainDependsOnlyOnJava = HexagonalRules.DOMAIN_DEPENDS_ONLY_ON_JAVA;

  @ArchTest
  static final ArchRule portsDependOnlyOnDomain = HexagonalRules.PORTS_DEPEND_ONLY_ON_DOMAIN;

  @ArchTest
  static final ArchRule adaptersAreIndependent = HexagonalRules.ADAPTERS_ARE_INDEPENDENT;

  @ArchTest
  static final ArchRule vertxOnlyInVertxTestkitAndCli = HexagonalRules.VERTX_ONLY_IN_VERTX_TESTKIT_CLI;

  @ArchTest
  static final ArchRule jacksonOnlyInJsonAndItsUsers = HexagonalRules.JACKSON_ONLY_IN_JSON_AND_USERS;

  @ArchTest
  static final ArchRule internalsStayInsideTheirModule = HexagonalRules.INTERNALS_STAY_INSIDE_THEIR_MODULE;

  @ArchTest
  static final ArchRule moduleDirections = HexagonalRules.MODULE_DIRECTIONS;
}
