package net.calkit.identity.client;

import java.util.random.RandomGenerator;

/** A "random" source that always picks the top of the range, so backoff delays equal their ceiling. */
final class MaxJitter implements RandomGenerator {
  @Override
  public long nextLong() {
    return Long.MAX_VALUE;
  }

  @Override
  public long nextLong(long bound) {
    return bound - 1;
  }
}
