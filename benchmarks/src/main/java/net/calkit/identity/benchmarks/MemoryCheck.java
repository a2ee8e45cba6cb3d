package net.calkit.identity.benchmarks;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import net.calkit.identity.client.AccountSession;
import net.calkit.identity.client.IdentityClient;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.ErrorKind;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.vertx.VertxIdentityApi;
import net.calkit.identity.vertx.VertxIdentityOptions;
import net.calkit.identity.vertx.VertxScheduler;
import org.jspecify.annotations.Nullable;

/**
 * Memory under overload (not JMH): starts {@code --calls} concurrent userinfo calls at once through the
 * application service over {@link VertxIdentityApi} against a slow loopback stub, and counts how each
 * ended. It passes when every call completed, each failure was a typed {@link IdentityException}
 * (counted by {@link ErrorKind}), and no {@link OutOfMemoryError} occurred. The script runs it with
 * {@code -Xmx256m -XX:+ExitOnOutOfMemoryError}, so an OOM anywhere ends the JVM with a non-zero status.
 *
 * <p>Usage: {@code MemoryCheck [--calls 10000] [--delay-ms 100] [--pool 32] [--queue 1024] [--out file]}.
 * Exit status: 0 pass, 1 fail.
 */
public final class MemoryCheck {
  private static final String TOKEN = "memory-check-access-token";
  private static final long COMPLETION_TIMEOUT_SECONDS = 120;

  private MemoryCheck() {}

  /** The settings of one run. */
  record Settings(int calls, Duration delay, int poolSize, int queueSize, int bodyBytes) {}

  /** How the calls ended. */
  record Outcome(Settings settings, int succeeded, Map<ErrorKind, Integer> failures, int untyped,
      List<String> untypedExamples, int incomplete, long peakHeapBytes, long elapsedMillis, boolean outOfMemory) {

    /** Every call completed, every failure typed, no OOM. */
    boolean passed() {
      return !outOfMemory && untyped == 0 && incomplete == 0
          && succeeded + failures.values().stream().mapToInt(Integer::intValue).sum() == settings.calls();
    }

    String detail() {
      return settings.calls() + " calls, pool " + settings.poolSize() + ", queue " + settings.queueSize() + ", delay "
          + settings.delay().toMillis() + " ms: " + succeeded + " ok, failures " + failures + ", untyped " + untyped
          + ", incomplete " + incomplete + ", peak heap " + peakHeapBytes / (1024 * 1024) + " MiB, "
          + elapsedMillis + " ms" + (outOfMemory ? ", OutOfMemoryError" : "");
    }
  }

  /** Runs the check; see the class comment. */
  public static void main(String[] args) throws IOException {
    int calls = 10_000;
    long delayMillis = 100;
    int pool = VertxIdentityOptions.DEFAULT_MAX_POOL_SIZE;
    int queue = VertxIdentityOptions.DEFAULT_MAX_WAIT_QUEUE_SIZE;
    @Nullable Path out = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--calls": calls = Integer.parseInt(args[i + 1]); break;
        case "--delay-ms": delayMillis = Long.parseLong(args[i + 1]); break;
        case "--pool": pool = Integer.parseInt(args[i + 1]); break;
        case "--queue": queue = Integer.parseInt(args[i + 1]); break;
        case "--out": out = Path.of(args[i + 1]); break;
        default: throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Settings settings = new Settings(calls, Duration.ofMillis(delayMillis), pool, queue, 10 * 1024);
    Outcome outcome = run(settings);
    String result = outcome.passed() ? "PASS" : "FAIL";
    System.out.println("memory check " + result + ": " + outcome.detail());
    outcome.untypedExamples().forEach(example -> System.out.println("  untyped: " + example));
    if (out != null) {
      write(out, outcome, result);
    }
    System.exit(outcome.passed() ? 0 : 1);
  }

  private static void write(Path out, Outcome outcome, String result) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("result", result);
    properties.setProperty("label", label(outcome.settings().calls()));
    properties.setProperty("detail", outcome.detail());
    properties.setProperty("calls", Integer.toString(outcome.settings().calls()));
    properties.setProperty("succeeded", Integer.toString(outcome.succeeded()));
    outcome.failures().forEach((kind, count) -> properties.setProperty("failed." + kind, Integer.toString(count)));
    properties.setProperty("untyped", Integer.toString(outcome.untyped()));
    properties.setProperty("incomplete", Integer.toString(outcome.incomplete()));
    properties.setProperty("peakHeapBytes", Long.toString(outcome.peakHeapBytes()));
    properties.setProperty("elapsedMillis", Long.toString(outcome.elapsedMillis()));
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream stream = Files.newOutputStream(out)) {
      properties.store(stream, "MemoryCheck");
    }
  }

  private static String label(int calls) {
    return calls % 1000 == 0 ? calls / 1000 + "k" : Integer.toString(calls);
  }

  /** Starts the stub and the client, fires every call at once, waits for all, and counts. */
  static Outcome run(Settings settings) {
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        heap.add(pool);
      }
    }
    long started = System.nanoTime();
    AtomicInteger succeeded = new AtomicInteger();
    Map<ErrorKind, AtomicInteger> failures = new ConcurrentHashMap<>();
    AtomicInteger untyped = new AtomicInteger();
    List<String> untypedExamples = new ArrayList<>();
    AtomicLong completed = new AtomicLong();
    boolean outOfMemory = false;
    CountDownLatch done = new CountDownLatch(settings.calls());
    @Nullable LoopbackServer server = null;
    @Nullable Vertx vertx = null;
    @Nullable VertxIdentityApi api = null;
    try {
      server = LoopbackServer.start(Bodies.userInfo(settings.bodyBytes(), Bodies.SEED), settings.delay());
      vertx = Vertx.vertx();
      api = VertxIdentityApi.create(vertx, VertxIdentityOptions.builder()
          .baseUrl(server.baseUrl())
          .maxPoolSize(settings.poolSize())
          .maxWaitQueueSize(settings.queueSize())
          .build());
      AccountSession session = IdentityClient.builder(api)
          .scheduler(VertxScheduler.create(vertx))
          .build()
          .session("memory-check", TokenSet.of(AccessToken.of(TOKEN)));
      for (int i = 0; i < settings.calls(); i++) {
        session.userInfo().whenComplete((info, error) -> {
          if (error == null) {
            succeeded.incrementAndGet();
          } else {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof IdentityException) {
              failures.computeIfAbsent(((IdentityException) cause).kind(), k -> new AtomicInteger()).incrementAndGet();
            } else {
              untyped.incrementAndGet();
              synchronized (untypedExamples) {
                if (untypedExamples.size() < 5) {
                  untypedExamples.add(cause.toString());
                }
              }
            }
          }
          completed.incrementAndGet();
          done.countDown();
        });
      }
      System.out.println("all calls started after " + (System.nanoTime() - started) / 1_000_000 + " ms");
      if (!done.await(COMPLETION_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        System.out.println("calls still pending after " + COMPLETION_TIMEOUT_SECONDS + " s: " + done.getCount());
      }
      System.out.println("all calls ended after " + (System.nanoTime() - started) / 1_000_000 + " ms");
    } catch (OutOfMemoryError oom) {
      outOfMemory = true;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (TimeoutException startFailed) {
      throw new IllegalStateException("the stub server did not start", startFailed);
    } finally {
      closeQuietly(api, vertx, server);
    }
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    Map<ErrorKind, Integer> counts = new EnumMap<>(ErrorKind.class);
    failures.forEach((kind, count) -> counts.put(kind, count.get()));
    List<String> examples;
    synchronized (untypedExamples) {
      examples = List.copyOf(untypedExamples);
    }
    return new Outcome(settings, succeeded.get(), counts, untyped.get(), examples,
        (int) (settings.calls() - completed.get()), peak, (System.nanoTime() - started) / 1_000_000, outOfMemory);
  }

  private static void closeQuietly(@Nullable VertxIdentityApi api, @Nullable Vertx vertx, @Nullable LoopbackServer server) {
    try {
      if (api != null) {
        api.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      }
      if (vertx != null) {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      }
      if (server != null) {
        server.close();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException closeFailed) {
      System.out.println("close failed: " + closeFailed);
    }
  }
}
