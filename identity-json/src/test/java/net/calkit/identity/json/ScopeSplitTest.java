package net.calkit.identity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.calkit.identity.domain.Scope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("scope splitting in the decoder")
class ScopeSplitTest {
  /** Separators, characters that look like separators but are not (for the regex \s), and value characters. */
  private static final char[] ALPHABET = {
    ' ', '\t', '\n', '\u000B', '\f', '\r', '\u001C', '\u00A0', '\u2003', '\u3000', '\u0000', '\u007F',
    'a', 'b', 'c', '_', ':', 'é', '\u00FF'
  };

  @Test
  void splitsOnRunsOfAsciiWhitespaceAndDropsInvalidValues() {
    assertThat(Decoders.scope("  read_events \t\u000B create_event\f\r\ndelete_event  ").values())
        .containsExactly("read_events", "create_event", "delete_event");
    assertThat(Decoders.scope("a\u00A0b c").values()).containsExactly("c");
    assertThat(Decoders.scope("\u2003a\u2003").values()).containsExactly("a");
    assertThat(Decoders.scope(" \t\n ")).isEqualTo(Scope.EMPTY);
    assertThat(Decoders.scope("")).isEqualTo(Scope.EMPTY);
  }

  @Test
  void agreesWithTheRegexSplitItReplaced() {
    long seed = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder wire = new StringBuilder();
      int length = random.nextInt(25);
      for (int i = 0; i < length; i++) {
        wire.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String input = wire.toString();
      assertThat(Decoders.scope(input).values())
          .as("seed %d, input %s", seed, escaped(input))
          .isEqualTo(reference(input));
    }
  }

  /** The former implementation: strip, split on the regex, keep printable ASCII values, drop duplicates. */
  private static List<String> reference(String wire) {
    String trimmed = wire.strip();
    if (trimmed.isEmpty()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (String value : trimmed.split("\\s+")) {
      if (!value.isEmpty() && value.chars().allMatch(c -> c >= 0x21 && c <= 0x7E) && !values.contains(value)) {
        values.add(value);
      }
    }
    return values;
  }

  private static String escaped(String input) {
    StringBuilder out = new StringBuilder();
    for (char c : input.toCharArray()) {
      out.append(c >= 0x21 && c <= 0x7E ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
