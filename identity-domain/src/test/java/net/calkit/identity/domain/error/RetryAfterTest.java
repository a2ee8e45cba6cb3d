package net.calkit.identity.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

  @Test
  void secondsAreADelay() {
    assertThat(RetryAfter.parse("120")).contains(new RetryAfter.Delay(Duration.ofSeconds(120)));
    assertThat(RetryAfter.parse(" 0 ")).contains(new RetryAfter.Delay(Duration.ZERO));
    assertThat(RetryAfter.parse("120").orElseThrow().delayFrom(NOW)).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void leadingZerosAreJustZeros() {
    assertThat(RetryAfter.parse("0000000000005")).contains(new RetryAfter.Delay(Duration.ofSeconds(5)));
    assertThat(RetryAfter.parse("0000000000000")).contains(new RetryAfter.Delay(Duration.ZERO));
  }

  @Test
  void hugeNumbersAreClampedRatherThanOverflowing() {
    assertThat(RetryAfter.parse("999999999")).contains(new RetryAfter.Delay(Duration.ofSeconds(999_999_999)));
    assertThat(RetryAfter.parse("99999999999999999999999999")).contains(
        new RetryAfter.Delay(Duration.ofSeconds(999_999_999)));
    assertThat(RetryAfter.parse(Long.toString(Long.MAX_VALUE))).contains(
        new RetryAfter.Delay(Duration.ofSeconds(999_999_999)));
  }

  @Test
  void anHttpDateIsAnInstant() {
    RetryAfter at = RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT").orElseThrow();
    assertThat(at).isEqualTo(new RetryAfter.At(Instant.parse("2015-10-21T07:28:30Z")));
    assertThat(at.delayFrom(NOW)).isEqualTo(Duration.ofSeconds(30));
    assertThat(at.delayFrom(NOW.plusSeconds(60))).as("a past date means now").isEqualTo(Duration.ZERO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "-1", "+5", "1.5", "soon", "12s", "Wed, 32 Oct 2015 07:28:00 GMT",
      "2015-10-21T07:28:00Z", "\u0661\u0662", "0x10"})
  void garbageIsIgnored(String header) {
    assertThat(RetryAfter.parse(header)).isEmpty();
  }

  @Test
  void aNegativeDelayIsRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RetryAfter.Delay(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("delay must not be negative");
  }
}
