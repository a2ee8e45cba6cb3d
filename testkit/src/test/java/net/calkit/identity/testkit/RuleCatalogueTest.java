package net.calkit.identity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rule catalogue, the kit's tests and RULES.md in step (the compiler cannot, so this test
 * does). Run with {@code -Dcalkit.writeRules=true} to regenerate RULES.md from the enum.
 */
class RuleCatalogueTest {
  private static final Path RULES_MD = Path.of("RULES.md");

  /** Every kit test, by the kit class that declares it: display name of each @Test method. */
  static Map<Method, Class<?>> kitTests() {
    Map<Method, Class<?>> tests = new LinkedHashMap<>();
    for (Class<?> kit : List.of(IdentityApiContract.class, HttpIdentityApiContract.class)) {
      for (Class<?> nested : kit.getDeclaredClasses()) {
        if (nested.isAnnotationPresent(Nested.class)) {
          for (Method method : nested.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Test.class)) {
              tests.put(method, kit);
            }
          }
        }
      }
    }
    return tests;
  }

  static String displayName(Method method) {
    return method.getAnnotation(DisplayName.class).value();
  }

  static List<String> verifiedBy(ContractRule rule) {
    List<String> names = new ArrayList<>();
    kitTests().forEach((method, kit) -> {
      String name = displayName(method);
      if (name.startsWith(rule.id() + " ")) {
        names.add((kit == HttpIdentityApiContract.class ? "HTTP kit: " : "both kits: ")
            + method.getDeclaringClass().getSimpleName() + "." + method.getName());
      }
    });
    names.sort(null); // reflection order is unspecified; RULES.md must be stable
    return names;
  }

  @Test
  void everyKitTestIsPackagePrivateAndNamedAfterARule() {
    assertThat(kitTests()).hasSizeGreaterThan(30);
    kitTests().forEach((method, kit) -> {
      int modifiers = method.getModifiers();
      assertThat(Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers) || Modifier.isPrivate(modifiers))
          .as("%s must be package-private so subclasses cannot override it", method).isFalse();
      assertThat(method.isAnnotationPresent(DisplayName.class)).as("%s has a @DisplayName", method).isTrue();
      String name = displayName(method);
      String id = name.substring(0, Math.max(0, name.indexOf(' ')));
      assertThat(ContractRule.ofId(id)).as("rule of %s", name).isNotNull();
    });
  }

  @Test
  void everyRuleIsVerifiedByATestOfAKitThatCanCheckIt() {
    for (ContractRule rule : ContractRule.values()) {
      List<String> tests = verifiedBy(rule);
      assertThat(tests).as("tests verifying %s", rule.id()).isNotEmpty();
      if (rule.scope() == ContractRule.Scope.BOTH) {
        assertThat(tests).as("%s is for both kits", rule.id()).anyMatch(t -> t.startsWith("both kits"));
      } else {
        assertThat(tests).as("%s needs a wire", rule.id()).allMatch(t -> t.startsWith("HTTP kit"));
      }
    }
  }

  @Test
  void failureMessagesCiteRuleExpectedAndActual() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContractRule.PROF_1.check("relink", "a", "b"))
        .hasMessageStartingWith("[PROF-1] relink URL present when disconnected (relink): expected <a> but was <b>");
    org.assertj.core.api.Assertions.assertThatCode(() -> ContractRule.PROF_1.check("same", "same"))
        .doesNotThrowAnyException();
  }

  @Test
  void rulesMarkdownMatchesTheCatalogue() throws IOException {
    String generated = markdown();
    if (Boolean.getBoolean("calkit.writeRules")) {
      Files.writeString(RULES_MD, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(RULES_MD, StandardCharsets.UTF_8))
        .as("RULES.md is generated from ContractRule; rerun with -Dcalkit.writeRules=true").isEqualTo(generated);
  }

  static String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Contract rules\n\n")
        .append("The rules the contract kits verify, generated from `ContractRule` by `RuleCatalogueTest` ")
        .append("(rerun with `-Dcalkit.writeRules=true` after changing the enum). IDs are stable: a rule may be ")
        .append("reworded, never renumbered. Every kit test's display name starts with the ID of the rule it ")
        .append("verifies, and every failure message reads ")
        .append("`[ID] rule: what: expected <...> but was <...> -- if this fails: hint`.\n\n")
        .append("Scope *both* = checked by `InProcessIdentityApiContract` and `HttpIdentityApiContract`; ")
        .append("*HTTP* = needs the wire, checked by `HttpIdentityApiContract` only.\n\n")
        .append("| ID | Rule | Scope |\n|---|---|---|\n");
    for (ContractRule rule : ContractRule.values()) {
      out.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase(java.util.Locale.ROOT))
          .append(") | ").append(rule.title()).append(" | ")
          .append(rule.scope() == ContractRule.Scope.BOTH ? "both" : "HTTP").append(" |\n");
    }
    for (ContractRule rule : ContractRule.values()) {
      out.append("\n## ").append(rule.id()).append("\n\n")
          .append("**").append(rule.title()).append("** (scope: ")
          .append(rule.scope() == ContractRule.Scope.BOTH ? "both kits" : "HTTP kit").append(")\n\n")
          .append("- Source: ").append(rule.source()).append(": ").append(rule.quote()).append('\n')
          .append("- If this fails: ").append(rule.ifThisFails()).append('\n')
          .append("- Verified by: ").append(String.join(", ", verifiedBy(rule))).append('\n');
    }
    return out.toString();
  }
}
