package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void parsesSpaceSeparatedValuesKeepingFirstSeenOrder() {
    Scope scope = Scope.parse("read_events create_event delete_event");
    assertThat(scope.values()).containsExactly("read_events", "create_event", "delete_event");
    assertThat(scope.wire()).isEqualTo("read_events create_event delete_event");
    assertThat(scope).hasToString("read_events create_event delete_event");
  }

  @Test
  void runsOfWhitespaceAreOneSeparatorAndBlankIsEmpty() {
    assertThat(Scope.parse("  a \t b\n\nc  ").values()).containsExactly("a", "b", "c");
    assertThat(Scope.parse("")).isSameAs(Scope.EMPTY);
    assertThat(Scope.parse(" \t ")).isSameAs(Scope.EMPTY);
    assertThat(Scope.EMPTY.isEmpty()).isTrue();
    assertThat(Scope.EMPTY.wire()).isEmpty();
  }

  @Test
  void duplicatesAreDroppedAndEqualityIgnoresOrder() {
    Scope scope = Scope.parse("b a b c a");
    assertThat(scope.values()).containsExactly("b", "a", "c");
    assertThat(scope).isEqualTo(Scope.of("c", "b", "a")).hasSameHashCodeAs(Scope.of("a", "c", "b"));
    assertThat(scope).isNotEqualTo(Scope.of("a", "b"));
    assertThat(scope.wire()).as("wire keeps first-seen order").isEqualTo("b a c");
  }

  @Test
  void containsAndContainsAll() {
    Scope granted = Scope.parse("read_account list_calendars read_events");
    assertThat(granted.contains("read_events")).isTrue();
    assertThat(granted.contains("create_event")).isFalse();
    assertThat(granted.contains("READ_EVENTS")).as("case-sensitive").isFalse();
    assertThat(granted.containsAll(Scope.of("read_events", "read_account"))).isTrue();
    assertThat(granted.containsAll(Scope.of("read_events", "create_event"))).isFalse();
    assertThat(granted.containsAll(Scope.EMPTY)).isTrue();
    assertThat(Scope.EMPTY.containsAll(granted)).isFalse();
  }

  @Test
  void missingListsWhatIsLackingInTheRequiredOrder() {
    Scope granted = Scope.parse("read_account read_events");
    Scope missing = granted.missing(Scope.parse("delete_event read_events create_event"));
    assertThat(missing.values()).containsExactly("delete_event", "create_event");
    assertThat(granted.missing(Scope.of("read_events"))).isSameAs(Scope.EMPTY);
  }

  @Test
  void valuesMustBePrintableAsciiWithoutSpaces() {
    assertThatThrownBy(() -> Scope.of("read events"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scope value must be printable ASCII without spaces");
    assertThatThrownBy(() -> Scope.of(List.of("read", ""))).hasMessage("scope value must not be empty");
    assertThatThrownBy(() -> Scope.parse("read_events caf\u00e9")).hasMessageContaining("U+00E9");
  }

  @Test
  void valuesAreImmutable() {
    Scope scope = Scope.of("a");
    assertThatThrownBy(() -> scope.values().add("b")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void parseOfWireIsTheSameScope() {
    Scope scope = Scope.of("z", "y", "x");
    assertThat(Scope.parse(scope.wire())).isEqualTo(scope);
    assertThat(Scope.parse(scope.wire()).values()).isEqualTo(scope.values());
  }

  @Test
  void containsRejectsNullLikeTheImmutableSetItUsedToBe() {
    assertThatThrownBy(() -> Scope.of("a").contains(nullString())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Scope.EMPTY.contains(nullString())).isInstanceOf(NullPointerException.class);
  }

  @Test
  void parseAndOfAgreeWithARegexSplitAndAnInsertionOrderedSet() {
    long seed = Seeded.seed();
    SplittableRandom random = new SplittableRandom(seed);
    String[] words = {"a", "b", "read_events", "create_event", "x:y", "a"};
    String[] separators = {" ", "  ", "\t", "\n", "\u000B", "\f", "\r", " \r\n "};
    for (int round = 0; round < Seeded.CASES; round++) {
      StringBuilder wire = new StringBuilder();
      int count = random.nextInt(20); // past Scope.FEW, so both ways of finding duplicates run
      for (int i = 0; i < count; i++) {
        wire.append(separators[random.nextInt(separators.length)]).append(words[random.nextInt(words.length)]);
      }
      String input = wire.append(random.nextBoolean() ? " " : "").toString();
      List<String> expected = input.isBlank()
          ? List.of()
          : new ArrayList<>(new LinkedHashSet<>(List.of(input.strip().split("\\s+"))));
      Scope parsed = Scope.parse(input);
      String context = "seed " + seed + ", input [" + input + "]";
      assertThat(parsed.values()).as(context).isEqualTo(expected);
      assertThat(parsed).as(context).isEqualTo(Scope.of(expected)).hasSameHashCodeAs(Scope.of(expected));
      assertThat(parsed.wire()).as(context).isEqualTo(String.join(" ", expected));
      for (String word : words) {
        assertThat(parsed.contains(word)).as(context).isEqualTo(expected.contains(word));
      }
      if (expected.isEmpty()) {
        assertThat(parsed).as(context).isSameAs(Scope.EMPTY);
      }
    }
  }

  private static String nullString() {
    return null;
  }
}
