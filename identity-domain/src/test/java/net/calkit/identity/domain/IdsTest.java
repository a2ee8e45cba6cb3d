package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdsTest {

  /** Each ID type: its name in messages, its factory and a realistic value. */
  static Stream<Arguments> idTypes() {
    return Stream.of(
        id("account id", AccountId::of, AccountId::value, "acc_5700a00eb0ccd07000000000"),
        id("calendar id", CalendarId::of, CalendarId::value, "cal_n23kjnwrw2_jsdfjksn234"),
        id("subject", SubjectId::of, SubjectId::value, "ser_5700a00eb0ccd07000000000"),
        id("application calendar id", ApplicationCalendarId::of, ApplicationCalendarId::value, "apc_64b17d8a"),
        id("profile id", ProfileId::of, ProfileId::value, "pro_n23kjnwrw2"));
  }

  private static <T> Arguments id(String what, Function<String, T> factory, Function<T, String> value, String valid) {
    Function<String, String> roundTrip = s -> value.apply(factory.apply(s));
    return Arguments.of(what, roundTrip, valid);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void acceptsRealisticIdsAndKeepsThemVerbatim(String what, Function<String, String> parse, String valid) {
    assertThat(parse.apply(valid)).isEqualTo(valid);
    assertThat(parse.apply("x")).isEqualTo("x");
    assertThat(parse.apply("short")).as("no length rule").isEqualTo("short");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void rejectsEmpty(String what, Function<String, String> parse, String valid) {
    assertThatThrownBy(() -> parse.apply(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(what + " must not be empty");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void rejectsNullNamingTheType(String what, Function<String, String> parse, String valid) {
    assertThatThrownBy(() -> parse.apply(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(what + " == null");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void rejectsNonAscii(String what, Function<String, String> parse, String valid) {
    assertThatThrownBy(() -> parse.apply("acc_caf\u00e9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(what + " must be printable ASCII without spaces")
        .hasMessageContaining("non-ASCII character U+00E9 at index 7")
        .hasMessageContaining("\"acc_caf\\u00e9\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void rejectsWhitespace(String what, Function<String, String> parse, String valid) {
    assertThatThrownBy(() -> parse.apply("acc 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(what)
        .hasMessageContaining("space at index 3");
    assertThatThrownBy(() -> parse.apply(" acc")).hasMessageContaining("space at index 0");
    assertThatThrownBy(() -> parse.apply("acc\t")).hasMessageContaining("TAB at index 3");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void rejectsControlCharactersWithoutPrintingThem(String what, Function<String, String> parse, String valid) {
    assertThatThrownBy(() -> parse.apply("acc\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CR at index 3")
        .hasMessageContaining("\\u000d\\u000a")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\r").doesNotContain("\n"));
    assertThatThrownBy(() -> parse.apply("a\u0000b")).hasMessageContaining("control character U+0000 at index 1");
    assertThatThrownBy(() -> parse.apply("a\u007fb")).hasMessageContaining("control character U+007F at index 1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void quotesAtMostEightyCharactersOfALongBadValue(String what, Function<String, String> parse, String valid) {
    String bad = "a".repeat(500) + " ";
    assertThatThrownBy(() -> parse.apply(bad))
        .hasMessageContaining("space at index 500")
        .hasMessageEndingWith("a".repeat(80) + "...\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void everyPrintableAsciiPunctuationIsAcceptedExceptPathUnsafeOnesForProfiles(
      String what, Function<String, String> parse, String valid) {
    for (char c = 0x21; c <= 0x7E; c++) {
      String candidate = "id" + c + "x";
      boolean pathUnsafe = "/?#%\\".indexOf(c) >= 0;
      if (what.equals("profile id") && pathUnsafe) {
        assertThatThrownBy(() -> parse.apply(candidate)).as("%s", candidate)
            .isInstanceOf(IllegalArgumentException.class);
      } else {
        assertThat(parse.apply(candidate)).as("%s", candidate).isEqualTo(candidate);
      }
    }
  }

  @org.junit.jupiter.api.Test
  void idsAreValuesAndPrintAsTheirText() {
    assertThat(AccountId.of("acc_1")).isEqualTo(new AccountId("acc_1")).hasToString("acc_1");
    assertThat(CalendarId.of("cal_1")).isEqualTo(new CalendarId("cal_1")).hasToString("cal_1");
    assertThat(SubjectId.of("acc_1")).isEqualTo(new SubjectId("acc_1")).hasToString("acc_1");
    assertThat(ApplicationCalendarId.of("a")).isEqualTo(new ApplicationCalendarId("a")).hasToString("a");
    assertThat(ProfileId.of("pro_1")).isEqualTo(new ProfileId("pro_1")).hasToString("pro_1");
    assertThat(ProfileId.of("pro_1")).isNotEqualTo(ProfileId.of("PRO_1"));
  }
}
