package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Any non-empty ASCII value round-trips through every open enum; only the documented values are known. */
class OpenEnumPropertyTest {

  static java.util.stream.Stream<OpenEnumsTest.Type> types() {
    return OpenEnumsTest.types();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void anyNonEmptyAsciiValueRoundTrips(OpenEnumsTest.Type type) {
    Set<String> known = type.known().get().stream().map(OpenEnum::value).collect(Collectors.toSet());
    Seeded.Gen<String> knownOrVariant = random -> {
      String k = Seeded.oneOf(java.util.List.copyOf(known)).next(random);
      return random.nextBoolean() ? k : Seeded.randomCase(random, k);
    };
    Seeded.Gen<String> values = random -> random.nextInt(4) == 0
        ? knownOrVariant.next(random)
        : Seeded.asciiStrings(40).next(random);

    Seeded.forAll(values, raw -> {
      OpenEnum parsed = type.of().apply(raw);
      assertThat(parsed.value()).isEqualTo(raw);
      assertThat(parsed.isKnown()).isEqualTo(known.contains(raw));
      assertThat(parsed.displayName().isPresent()).isEqualTo(known.contains(raw));
      assertThat(type.of().apply(parsed.value())).isEqualTo(parsed);
      assertThat(parsed.toString()).isEqualTo(raw);
    });
  }
}
