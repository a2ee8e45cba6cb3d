package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"pro_n23kjnwrw2", "pro_a.b", "a.b.c", ".hidden", "trailing.", "p-_~!$&'()*+,;=:@"})
  void acceptsIdsThatAreSafeAsAPathSegment(String value) {
    assertThat(ProfileId.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pro/1", "pro?x=1", "pro#frag", "pro%2F", "pro\\1", "/", "%"})
  void rejectsPathUnsafeCharactersNamingCharacterAndIndex(String value) {
    char bad = value.chars().filter(c -> "/?#%\\".indexOf(c) >= 0).mapToObj(c -> (char) c).findFirst().orElseThrow();
    assertThatThrownBy(() -> ProfileId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("profile id must be safe in a URL path, but has '" + bad + "' at index "
            + value.indexOf(bad));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pro 1", "pro\t1", "pro\n1", " pro"})
  void rejectsWhitespace(String value) {
    assertThatThrownBy(() -> ProfileId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("profile id must be printable ASCII without spaces");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", "...", "pro..1", "..pro", "pro.."})
  void rejectsDotDotAnywhere(String value) {
    assertThatThrownBy(() -> ProfileId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile id must not be a dot segment or contain '..': \"" + value + "\"");
  }

  @Test
  void rejectsTheSingleDotSegment() {
    assertThatThrownBy(() -> ProfileId.of("."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile id must not be a dot segment or contain '..': \".\"");
  }

  @Test
  void rejectsEmptyAndNonAscii() {
    assertThatThrownBy(() -> ProfileId.of("")).hasMessage("profile id must not be empty");
    assertThatThrownBy(() -> ProfileId.of("pr\u00f6")).hasMessageContaining("non-ASCII character U+00F6 at index 2");
  }

  /** The rules as first written, three passes: the one-pass check must accept and refuse exactly the same. */
  private static String reference(String value) {
    if (value.isEmpty()) {
      return "profile id must not be empty";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        return "printable";
      }
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == '%' || c == '\\') {
        return "profile id must be safe in a URL path, but has '" + c + "' at index " + i;
      }
    }
    if (value.equals(".") || value.contains("..")) {
      return "profile id must not be a dot segment or contain '..'";
    }
    return "";
  }

  @Test
  void onePassAgreesWithTheRulesAsWritten() {
    String alphabet = "ab._/?#%\\ \u0000\u00e9~";
    Seeded.forAll(random -> {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(7);
      for (int i = 0; i < length; i++) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return value.toString();
    }, value -> {
      String expected = reference(value);
      if (expected.isEmpty()) {
        assertThat(ProfileId.of(value).value()).isEqualTo(value);
      } else if (expected.equals("printable")) {
        assertThatThrownBy(() -> ProfileId.of(value)).hasMessageContaining("must be printable ASCII");
      } else {
        assertThatThrownBy(() -> ProfileId.of(value)).hasMessageStartingWith(expected);
      }
    });
  }
}
