package net.calkit.identity.domain.policy;

import java.time.Duration;
import java.util.Objects;

/** What to do after a failed attempt. */
public sealed interface RetryDecision permits RetryDecision.Retry, RetryDecision.GiveUp {

  /** Give up and report the failure. */
  static RetryDecision giveUp(String reason) {
    return new GiveUp(reason);
  }

  /**
   * Try again after {@code delay}.
   *
   * @param delay how long to wait first, within [0, cap]
   */
  record Retry(Duration delay) implements RetryDecision {
    /** Rejects a negative delay. */
    public Retry {
      Objects.requireNonNull(delay, "delay == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative: " + delay);
      }
    }
  }

  /**
   * Stop.
   *
   * @param reason why, for debugging
   */
  record GiveUp(String reason) implements RetryDecision {
    /** Rejects null. */
    public GiveUp {
      Objects.requireNonNull(reason, "reason == null");
    }
  }
}
