package net.calkit.identity.fake;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.LockedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  private static final int THREADS = 8;

  private final FakeCronofy world = Worlds.withJane(Worlds.clock());
  private final FakeAccount jane = world.account(Worlds.JANE);
  private final FakeIdentityApi api = FakeIdentityApi.create(world);
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private <T> List<T> onAllThreads(Callable<T> task) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      futures.add(pool.submit(() -> {
        start.await();
        return task.call();
      }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(30, SECONDS));
    }
    return results;
  }

  @Test
  void manyThreadsCallingConcurrentlyAreCountedAndRecordedExactly() throws Exception {
    TokenSet tokens = jane.issueTokens();
    int perThread = 2_000;
    world.injectFault(FakeEndpoint.ACCOUNT, 1_000, Fault.status(503));

    List<Integer> failures = onAllThreads(() -> {
      int failed = 0;
      for (int i = 0; i < perThread; i++) {
        api.userInfo(tokens.accessToken()).toCompletableFuture().get(5, SECONDS);
        if (api.account(tokens.accessToken()).toCompletableFuture().isCompletedExceptionally()) {
          failed++;
        }
      }
      return failed;
    });

    assertThat(api.callCount(FakeEndpoint.USERINFO)).isEqualTo((long) THREADS * perThread);
    assertThat(api.callCount(FakeEndpoint.ACCOUNT)).isEqualTo((long) THREADS * perThread);
    assertThat(api.calls()).hasSize(2 * THREADS * perThread);
    assertThat(failures.stream().mapToInt(Integer::intValue).sum()).as("the fault fires exactly 1000 times").isEqualTo(1_000);
    assertThat(world.pendingFaults(FakeEndpoint.ACCOUNT)).isZero();
  }

  @Test
  void concurrentRefreshesOfOneTokenHaveExactlyOneWinner() throws Exception {
    TokenSet tokens = jane.issueTokens();

    List<Object> outcomes = onAllThreads(() -> {
      CompletableFuture<TokenResponse> f = api.refresh(Worlds.CLIENT, tokens.refreshToken().orElseThrow()).toCompletableFuture();
      return f.handle((ok, error) -> ok != null ? (Object) ok : error.getClass()).get(5, SECONDS);
    });

    assertThat(outcomes).filteredOn(o -> o instanceof TokenResponse).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o.equals(InvalidGrantException.class)).hasSize(THREADS - 1);
  }

  @Test
  void stateChangesDuringReadsAreSeenWhole() throws Exception {
    TokenSet tokens = jane.issueTokens();
    AtomicInteger torn = new AtomicInteger();
    FakeProfile apple = jane.profile(Worlds.APPLE_PROFILE);
    AtomicInteger tickets = new AtomicInteger();

    List<Integer> done = onAllThreads(() -> {
      if (tickets.getAndIncrement() == 0) {
        for (int i = 0; i < 500; i++) {
          apple.disconnect();
          jane.lock();
          jane.unlock();
          apple.reconnect();
        }
        return 0;
      }
      int reads = 0;
      for (int i = 0; i < 2_000; i++) {
        try {
          var profiles = api.profiles(tokens.accessToken()).toCompletableFuture().get(5, SECONDS);
          for (var p : profiles) {
            if (p.connected().orElseThrow() == p.relinkUrl().isPresent()) {
              torn.incrementAndGet();
            }
          }
          reads++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(LockedException.class);
        }
      }
      return reads;
    });

    assertThat(torn.get()).as("a connected profile never has a relink URL and vice versa").isZero();
    assertThat(done).isNotEmpty();
  }

  @Test
  void concurrentSeedingGivesDistinctIdsAndTokens() throws Exception {
    List<List<String>> made = onAllThreads(() -> {
      List<String> mine = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        FakeAccount a = world.addAccount(x -> x.calendarProfile(p -> {}));
        mine.add(a.id().value());
        mine.add(a.issueTokens().accessToken().value());
      }
      return mine;
    });

    List<String> all = made.stream().flatMap(List::stream).collect(java.util.stream.Collectors.toList());
    assertThat(all).doesNotHaveDuplicates().hasSize(THREADS * 200);
    assertThat(world.accounts()).hasSize(1 + THREADS * 100);
  }
}
