package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DataCenterPropertyTest {

  private static final List<String> WHITESPACE = List.of(" ", "\t", "\n", "\r", "\u2003", "\u3000");

  private static String whitespace(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      out.append(WHITESPACE.get(random.nextInt(WHITESPACE.size())));
    }
    return out.toString();
  }

  record Case(DataCenter expected, String text) {}

  @Test
  void parsesEveryIdentifierInAnyMixOfCaseWithSurroundingWhitespace() {
    Seeded.Gen<DataCenter> dataCenters = Seeded.oneOf(List.of(DataCenter.values()));
    Seeded.Gen<Case> cases = random -> {
      DataCenter dc = dataCenters.next(random);
      return new Case(dc, whitespace(random) + Seeded.randomCase(random, dc.id()) + whitespace(random));
    };
    Seeded.forAll(cases, c -> assertThat(DataCenter.parse(c.text())).isSameAs(c.expected()));
  }

  @Test
  void anyOtherTextIsRejectedNamingTheValidIdentifiers() {
    Seeded.forAll(Seeded.asciiStrings(6), text -> {
      boolean valid = List.of(DataCenter.values()).stream()
          .anyMatch(dc -> dc.id().equals(text.strip().toLowerCase(Locale.ROOT)));
      if (valid) {
        assertThat(DataCenter.parse(text).id()).isEqualTo(text.strip().toLowerCase(Locale.ROOT));
      } else {
        assertThatThrownBy(() -> DataCenter.parse(text))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("unknown data center \"")
            .hasMessageEndingWith("expected one of: us, uk, de, au, ca, sg");
      }
    });
  }
}
