package net.calkit.identity.domain.error;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/** A {@code Retry-After} header: a delay in seconds, or an HTTP date. */
public sealed interface RetryAfter permits RetryAfter.Delay, RetryAfter.At {

  /** The delay from {@code now}, never negative. */
  Duration delayFrom(Instant now);

  /**
   * Parses a header value: a non-negative integer of seconds, or an RFC 1123 HTTP date. Anything else
   * is ignored (empty), as a malformed hint must not fail a call.
   */
  static Optional<RetryAfter> parse(String header) {
    Objects.requireNonNull(header, "header == null");
    String value = header.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      value = value.replaceFirst("^0+(?=.)", "");
      if (value.length() > 9) {
        return Optional.of(new Delay(Duration.ofSeconds(999_999_999L)));
      }
      return Optional.of(new Delay(Duration.ofSeconds(Long.parseLong(value))));
    }
    try {
      return Optional.of(new At(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()));
    } catch (DateTimeParseException malformed) {
      return Optional.empty();
    }
  }

  /**
   * A delay.
   *
   * @param delay how long to wait, not negative
   */
  record Delay(Duration delay) implements RetryAfter {
    /** Rejects a negative delay. */
    public Delay {
      Objects.requireNonNull(delay, "delay == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative: " + delay);
      }
    }

    @Override
    public Duration delayFrom(Instant now) {
      return delay;
    }
  }

  /**
   * A point in time.
   *
   * @param instant when to retry
   */
  record At(Instant instant) implements RetryAfter {
    /** Rejects null. */
    public At {
      Objects.requireNonNull(instant, "instant == null");
    }

    @Override
    public Duration delayFrom(Instant now) {
      Duration delay = Duration.between(now, instant);
      return delay.isNegative() ? Duration.ZERO : delay;
    }
  }
}
