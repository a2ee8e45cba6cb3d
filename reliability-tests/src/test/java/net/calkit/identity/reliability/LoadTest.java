package net.calkit.identity.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;
import net.calkit.identity.client.AccountSession;
import net.calkit.identity.client.IdentityClient;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.InvalidGrantException;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.testkit.stub.HttpFault;
import net.calkit.identity.vertx.VertxScheduler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Many calls at 256 in flight through AccountSession over VertxIdentityApi against the stub server, with
 * about 10 % mixed injected faults. {@value #CALLS_PROPERTY} sets the number of calls (default
 * {@value #DEFAULT_CALLS}; the full run is 100000) and {@value #SEED_PROPERTY} the seed of the plan.
 */
@DisplayName("load with mixed faults")
class LoadTest {
  static final String CALLS_PROPERTY = "calkit.load.calls";
  static final String SEED_PROPERTY = "calkit.load.seed";
  static final int DEFAULT_CALLS = 5000;
  static final int IN_FLIGHT = 256;
  static final int ACCOUNTS = 32;
  /** Accounts whose access token the world has expired: each session must refresh exactly once. */
  static final int EXPIRED_ACCOUNTS = 4;
  /** Heap growth tolerated after the run, once garbage is collected: generous, it only catches leaks. */
  static final long HEAP_GROWTH_BOUND = 64L * 1024 * 1024;

  private static final String[] PATHS = {"/v1/userinfo", "/v1/account", "/v1/profiles"};

  private enum Outcome {
    OK, WRONG_DATA, TRANSPORT, SERVER_ERROR, RATE_LIMITED, ATTEMPT_TIMEOUT, INVALID_GRANT_AFTER_LOST_REFRESH, UNEXPECTED
  }

  @Test
  @DisplayName("every call ends once, right data or an expected typed error; no blocked thread, no leak")
  void loadWithMixedFaults() {
    int calls = Integer.getInteger(CALLS_PROPERTY, DEFAULT_CALLS);
    long seed = Long.getLong(SEED_PROPERTY, 20261125L);
    String context = "seed " + seed + " (-D" + SEED_PROPERTY + "=" + seed + "), " + calls + " calls";
    System.out.println("load: " + context);

    try (Stack stack = Stack.start(world -> {}, options -> options
            .maxPoolSize(128)
            .maxWaitQueueSize(4096)
            .attemptTimeout(Duration.ofSeconds(5))
            // above the attempt timeout: Vert.x's idle timeout also closes a connection waiting for a slow answer
            .idleTimeout(Duration.ofSeconds(30)))) {
      List<FakeAccount> accounts = new ArrayList<>();
      List<AccountSession> sessions = new ArrayList<>();
      List<TokenSet> initialTokens = new ArrayList<>();
      CountingApi counted = new CountingApi(stack.api);
      IdentityClient client = IdentityClient.builder(counted)
          .clientCredentials(Stack.CLIENT)
          .tokenStore(stack.tokenStore)
          .retryPolicy(Stack.FAST_RETRIES)
          .callTimeout(Duration.ofSeconds(20))
          .scheduler(VertxScheduler.create(stack.clientVertx))
          .build();
      for (int i = 0; i < ACCOUNTS; i++) {
        int n = i;
        FakeAccount account = stack.world.addAccount(a -> a.id("acc_load" + n).email("user" + n + "@example.com")
            .name("User " + n).timeZone("Europe/London")
            .calendarProfile(p -> p.name("user" + n + "@example.com"))
            .calendarProfile(p -> p.name("Work " + n).connected(n % 3 != 0)));
        TokenSet tokens = account.issueTokens();
        stack.secrets.add(tokens);
        if (i < EXPIRED_ACCOUNTS) {
          stack.world.expire(tokens.accessToken());
        }
        accounts.add(account);
        initialTokens.add(tokens);
        sessions.add(client.session("load-" + n, tokens));
      }
      List<Object[]> expected = new ArrayList<>();
      for (FakeAccount account : accounts) {
        expected.add(new Object[] {account.userInfo(), account.account(), account.calendarProfiles()});
      }

      // the plan: which account, which endpoint, which fault (about 10 %) before each call
      SplittableRandom random = new SplittableRandom(seed);
      int[] accountOf = new int[calls];
      int[] endpointOf = new int[calls];
      HttpFault[] faultOf = new HttpFault[calls];
      Map<String, LongAdder> faultCounts = new ConcurrentHashMap<>();
      for (int i = 0; i < calls; i++) {
        accountOf[i] = random.nextInt(ACCOUNTS);
        endpointOf[i] = random.nextInt(PATHS.length);
        faultOf[i] = random.nextInt(100) < 10 ? fault(random) : null;
      }

      // a cold JVM loads and compiles Netty, TLS and codec classes on the event loops: warm up first,
      // outside the measured run (the blocked-thread check and the heap baseline start after it)
      warmUp(stack, sessions.subList(EXPIRED_ACCOUNTS, ACCOUNTS));
      stack.stub.clearRequests();
      try (LogCapture logs = LogCapture.start()) {
        long baseline = usedHeapAfterGc();
        AtomicIntegerArray completions = new AtomicIntegerArray(calls);
        AtomicIntegerArray outcomes = new AtomicIntegerArray(calls);
        List<String> unexpected = new CopyOnWriteArrayList<>();
        Map<Outcome, List<String>> samples = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CompletableFuture<Void> allDone = new CompletableFuture<>();

        Runnable[] startNext = new Runnable[1];
        startNext[0] = () -> {
          int i = next.getAndIncrement();
          if (i >= calls) {
            return;
          }
          if (i % 1000 == 0) {
            stack.stub.clearRequests(); // the stub records every request; keep its memory bounded
          }
          if (faultOf[i] != null) {
            stack.stub.fault(PATHS[endpointOf[i]], faultOf[i], 1);
            faultCounts.computeIfAbsent(faultOf[i].getClass().getSimpleName(), k -> new LongAdder()).increment();
          }
          AccountSession session = sessions.get(accountOf[i]);
          CompletionStage<?> stage;
          switch (endpointOf[i]) {
            case 0:
              stage = session.userInfo();
              break;
            case 1:
              stage = session.account();
              break;
            default:
              stage = session.profiles();
              break;
          }
          stage.whenComplete((value, failure) -> {
            if (completions.incrementAndGet(i) == 1) {
              Outcome outcome;
              try {
                outcome = judge(value, failure, expected.get(accountOf[i])[endpointOf[i]], stack.secrets);
              if (outcome == Outcome.UNEXPECTED && Calls.unwrap(failure) instanceof InvalidGrantException
                  && accountOf[i] < EXPIRED_ACCOUNTS && counted.refreshFailures.get() > 0) {
                // a refresh whose answer was lost (transport fault, timeout) may have rotated the tokens on
                // the server: the session's refresh token is then spent, as the TokenStore contract says
                outcome = Outcome.INVALID_GRANT_AFTER_LOST_REFRESH;
              }
              } catch (AssertionError leak) {
                outcome = Outcome.UNEXPECTED;
                unexpected.add("call " + i + ": " + leak.getMessage());
              }
              outcomes.set(i, outcome.ordinal());
              if (failure != null) {
                List<String> sample = samples.computeIfAbsent(outcome, k -> new CopyOnWriteArrayList<>());
                if (sample.size() < 3) {
                  sample.add(String.valueOf(Calls.unwrap(failure).getMessage()));
                }
              }
              if (outcome == Outcome.WRONG_DATA || outcome == Outcome.UNEXPECTED) {
                unexpected.add("call " + i + ": " + outcome + " " + (failure == null ? "" : Calls.unwrap(failure)));
              }
            } else {
              unexpected.add("call " + i + " completed again");
            }
            if (done.incrementAndGet() == calls) {
              allDone.complete(null);
            }
            startNext[0].run();
          });
        };
        for (int i = 0; i < IN_FLIGHT; i++) {
          startNext[0].run();
        }
        // a hang guard only: the whole test took 20 to 35 s with the JVM on a third of a core
        long waitSeconds = Math.max(5 * Stack.WAIT_SECONDS, calls / 20L);
        try {
          allDone.get(waitSeconds, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new AssertionError(context + ": only " + done.get() + " calls completed: " + e, e);
        }

        int[] byOutcome = new int[Outcome.values().length];
        for (int i = 0; i < calls; i++) {
          assertThat(completions.get(i)).as("%s: completions of call %d", context, i).isEqualTo(1);
          byOutcome[outcomes.get(i)]++;
        }
        StringBuilder summary = new StringBuilder("load: outcomes");
        for (Outcome outcome : Outcome.values()) {
          summary.append(' ').append(outcome).append('=').append(byOutcome[outcome.ordinal()]);
        }
        System.out.println(summary + "; faults injected " + faultCounts + "; " + stack.metrics);
        System.out.println("load: sample failures " + samples);
        assertThat(unexpected).as(context).isEmpty();
        assertThat(byOutcome[Outcome.OK.ordinal()]).as("%s: successes", context).isGreaterThanOrEqualTo(calls * 9 / 10);

        // single-flight refresh: each expired session refreshed exactly once, and kept the stored tokens
        System.out.println("load: refresh attempts " + counted.refreshes + ", failed " + counted.refreshFailures
            + ", stored " + stack.tokenStore.saved().size());
        if (counted.refreshFailures.get() == 0) {
          assertThat(counted.refreshes).as(context).hasValue(EXPIRED_ACCOUNTS);
          assertThat(stack.tokenStore.saved()).as(context).hasSize(EXPIRED_ACCOUNTS);
        } else {
          assertThat(stack.tokenStore.saved().size()).as(context).isLessThanOrEqualTo(EXPIRED_ACCOUNTS);
        }
        for (int i = 0; i < EXPIRED_ACCOUNTS; i++) {
          if (stack.tokenStore.latest("load-" + i).isPresent()) {
            assertThat(stack.tokenStore.latest("load-" + i)).as(context).hasValue(sessions.get(i).tokens());
          }
          stack.secrets.add(sessions.get(i).tokens());
        }
        for (int i = EXPIRED_ACCOUNTS; i < ACCOUNTS; i++) {
          assertThat(sessions.get(i).tokens()).isSameAs(initialTokens.get(i));
        }

        // the pool is idle: no request left in flight; once the adapter is closed, no connection is left
        // open on either side (the stub server's count included)
        Stack.await(stack.metrics.whenNoRequestInFlight());
        assertThat(stack.metrics.requestsInFlight()).isZero();
        System.out.println("load: after the run " + stack.metrics);
        Stack.await(stack.api.close());
        try {
          Stack.await(stack.metrics.whenIdle());
        } catch (AssertionError notIdle) {
          throw new AssertionError(context + ": connections left open after close: " + stack.metrics, notIdle);
        }

        assertThat(logs.blockedThreadWarnings()).as(context + ": blocked-thread warnings").isEmpty();
        stack.secrets.assertAbsentFrom("the captured log records and stderr", logs.everything());

        stack.stub.clearRequests();
        stack.stub.clearFaults();
        long after = usedHeapAfterGc();
        System.out.printf("load: used heap after GC: before %d KiB, after %d KiB%n", baseline / 1024, after / 1024);
        assertThat(after - baseline).as("%s: heap growth in bytes", context).isLessThan(HEAP_GROWTH_BOUND);
      }
    }
  }

  private static HttpFault fault(SplittableRandom random) {
    return fault(random.nextInt(8));
  }

  private static HttpFault fault(int kind) {
    switch (kind) {
      case 0:
        return HttpFault.reset();
      case 1:
        return HttpFault.status(500);
      case 2:
        return HttpFault.status(503);
      case 3:
        return HttpFault.tooManyRequests("1");
      case 4:
        return HttpFault.status(429);
      case 5:
        return HttpFault.truncatedBody();
      case 6:
        return HttpFault.delay(Duration.ofMillis(50));
      default:
        // slower than the attempt timeout: the attempt fails and is retried
        return HttpFault.delay(Duration.ofSeconds(8));
    }
  }

  private static Outcome judge(Object value, Throwable failure, Object expected, Secrets secrets) {
    if (failure == null) {
      return expected.equals(value) ? Outcome.OK : Outcome.WRONG_DATA;
    }
    Throwable cause = Calls.unwrap(failure);
    secrets.assertAbsentFrom(cause);
    if (cause instanceof TransportException) {
      return Outcome.TRANSPORT;
    }
    if (cause instanceof ServerErrorException) {
      int status = ((ServerErrorException) cause).status().orElse(0);
      return status == 500 || status == 503 ? Outcome.SERVER_ERROR : Outcome.UNEXPECTED;
    }
    if (cause instanceof RateLimitedException) {
      return Outcome.RATE_LIMITED;
    }
    if (cause instanceof DeadlineExceededException
        && ((DeadlineExceededException) cause).scope() == DeadlineExceededException.Scope.ATTEMPT) {
      return Outcome.ATTEMPT_TIMEOUT;
    }
    return Outcome.UNEXPECTED;
  }

  private static void warmUp(Stack stack, List<AccountSession> sessions) {
    // every fault of the plan but the 8 s delay, once each: the first reset, truncated body or error
    // answer loads classes on the event loops, and initialising classes on a starved core is slow (one
    // JFR event class of Netty's allocator took 1.7 s); the blocked-thread check must not count that
    for (int kind = 0; kind < 7; kind++) {
      HttpFault fault = fault(kind);
      List<CompletableFuture<?>> wave = new ArrayList<>();
      for (String path : PATHS) {
        stack.stub.fault(path, fault, 1);
      }
      AccountSession session = sessions.get(kind % sessions.size());
      wave.add(session.userInfo().toCompletableFuture().exceptionally(failure -> null));
      wave.add(session.account().toCompletableFuture().exceptionally(failure -> null));
      wave.add(session.profiles().toCompletableFuture().exceptionally(failure -> null));
      Stack.await(CompletableFuture.allOf(wave.toArray(CompletableFuture[]::new)));
    }
    stack.stub.clearFaults();
    for (int round = 0; round < 4; round++) {
      List<CompletableFuture<?>> wave = new ArrayList<>();
      for (AccountSession session : sessions) {
        wave.add(session.userInfo().toCompletableFuture().exceptionally(failure -> null));
        wave.add(session.account().toCompletableFuture().exceptionally(failure -> null));
        wave.add(session.profiles().toCompletableFuture().exceptionally(failure -> null));
      }
      Stack.await(CompletableFuture.allOf(wave.toArray(CompletableFuture[]::new)));
    }
  }

  static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
