package net.calkit.identity.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the default jitter source")
class DefaultJitterTest {
  private static final int THREADS = 4;
  private static final int DRAWS = 100_000;
  private static final int ROUNDS = 10;

  /**
   * One client serves every account, so its jitter source is drawn from on many threads at once. A
   * generator that is not thread-safe hands the same state to racing threads, which then draw equal
   * values; 64-bit draws of a sound source practically never repeat.
   */
  @Test
  @DisplayName("is safe to share: threads drawing at once never get the same values")
  void defaultRandomIsSafeToShareAcrossThreads() throws Exception {
    RandomGenerator random = IdentityClient.builder(new ScriptedIdentityApi()).build().random;

    for (int round = 0; round < ROUNDS; round++) {
      long[] all = drawConcurrently(random);
      Arrays.sort(all);
      int repeats = 0;
      for (int i = 1; i < all.length; i++) {
        if (all[i] == all[i - 1]) {
          repeats++;
        }
      }
      assertThat(repeats).as("repeated 64-bit draws in round %d (%s)", round, random.getClass().getName()).isZero();
    }
  }

  private static long[] drawConcurrently(RandomGenerator random) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<long[]>> draws = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      CompletableFuture<long[]> drawn = new CompletableFuture<>();
      Thread thread = new Thread(() -> {
        try {
          start.await();
          long[] out = new long[DRAWS];
          for (int i = 0; i < DRAWS; i++) {
            out[i] = random.nextLong();
          }
          drawn.complete(out);
        } catch (InterruptedException | RuntimeException e) {
          drawn.completeExceptionally(e);
        }
      });
      thread.setDaemon(true);
      thread.start();
      draws.add(drawn);
    }
    start.countDown();
    long[] all = new long[THREADS * DRAWS];
    for (int t = 0; t < THREADS; t++) {
      System.arraycopy(draws.get(t).get(10, TimeUnit.SECONDS), 0, all, t * DRAWS, DRAWS);
    }
    return all;
  }
}
