package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The property helper itself: failures name the seed, and a fixed seed replays the same cases. */
class SeededTest {

  @Test
  void aFailureNamesTheSeedTheCaseAndTheValue() {
    withSeed("42", () -> assertThatThrownBy(() -> Seeded.forAll(Seeded.ints(0, 9), i -> assertThat(i).isLessThan(5)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[seed 42; rerun with -Dcalkit.seed=42]")
        .hasMessageContaining("property failed at case ")
        .hasMessageMatching("(?s).*for \"[5-9]\".*"));
  }

  @Test
  void aFixedSeedReplaysTheSameValues() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    withSeed("-7", () -> Seeded.forAll(50, Seeded.asciiStrings(10), first::add));
    withSeed("-7", () -> Seeded.forAll(50, Seeded.asciiStrings(10), second::add));
    assertThat(first).hasSize(50).isEqualTo(second);
  }

  @Test
  void generatorsStayInTheirRanges() {
    Seeded.forAll(Seeded.printableAscii(8), s -> assertThat(s).hasSizeBetween(1, 8)
        .matches("[\\x21-\\x7e]+"));
    Seeded.forAll(Seeded.asciiStrings(8), s -> assertThat(s.chars()).allMatch(c -> c < 128));
  }

  private static void withSeed(String seed, Runnable body) {
    String previous = System.getProperty(Seeded.SEED_PROPERTY);
    System.setProperty(Seeded.SEED_PROPERTY, seed);
    try {
      body.run();
    } finally {
      if (previous == null) {
        System.clearProperty(Seeded.SEED_PROPERTY);
      } else {
        System.setProperty(Seeded.SEED_PROPERTY, previous);
      }
    }
  }
}
