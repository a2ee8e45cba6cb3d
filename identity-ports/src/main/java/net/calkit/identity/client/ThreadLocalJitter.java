package net.calkit.identity.client;

import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The default jitter source: each draw comes from the calling thread's {@link ThreadLocalRandom}, so one
 * client can be shared by any number of threads. ({@link RandomGenerator#getDefault()} is not thread-safe,
 * and a stored {@code ThreadLocalRandom.current()} must not be used from other threads.)
 */
final class ThreadLocalJitter implements RandomGenerator {
  static final ThreadLocalJitter INSTANCE = new ThreadLocalJitter();

  private ThreadLocalJitter() {}

  @Override
  public long nextLong() {
    return ThreadLocalRandom.current().nextLong();
  }

  @Override
  public long nextLong(long bound) {
    return ThreadLocalRandom.current().nextLong(bound);
  }
}
