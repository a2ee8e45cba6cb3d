package net.calkit.identity.reliability;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.metrics.MetricsOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import net.calkit.identity.client.AccountSession;
import net.calkit.identity.client.IdentityClient;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.policy.RetryPolicy;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.fake.FakeCronofy;
import net.calkit.identity.fake.FakeTokenStore;
import net.calkit.identity.testkit.stub.CronofyStubServer;
import net.calkit.identity.testkit.stub.HttpFault;
import net.calkit.identity.vertx.VertxIdentityApi;
import net.calkit.identity.vertx.VertxIdentityOptions;
import net.calkit.identity.vertx.VertxScheduler;

/**
 * The whole stack on loopback: a fake world served by the stub server on its own Vert.x instance, and
 * the client side (VertxIdentityApi, VertxScheduler, IdentityClient) on another, both with connection
 * metrics and low blocked-thread thresholds.
 */
final class Stack implements AutoCloseable {
  /** The client credentials every stack registers with its world. */
  static final ClientCredentials CLIENT =
      ClientCredentials.of("cli_reliability", "cs-Reliability-Client-Secret-9f8e7d6c5b4a");
  /** Quick retries, so that CI stays fast: 3 attempts, 2 ms transient base, 5 ms throttle base, 2 s cap. */
  static final RetryPolicy FAST_RETRIES =
      new RetryPolicy(3, Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofSeconds(2));
  /**
   * An event-loop task longer than this is reported by the blocked-thread checker: 2 s. The checker
   * measures wall time, and at 256 calls in flight the event loops are always inside a task, so any time
   * the thread waits for a core counts: with the JVM on a third of a core (two busy loops beside it) and
   * the coverage agent, tasks in plain parsing or header code were reported at 413, 520 and 1447 ms. What
   * this check exists for, a join or another blocking wait on an event loop, never ends on its own and
   * shows at any threshold; {@code BlockedThreadCaptureTest} proves the capture works.
   */
  static final Duration MAX_EVENT_LOOP_TASK = Duration.ofSeconds(2);
  /** How often the blocked-thread checker looks. */
  static final Duration BLOCKED_THREAD_CHECK_INTERVAL = Duration.ofMillis(50);
  /** Timeout of every blocking wait in these tests: a hang guard, never a speed assertion. */
  static final long WAIT_SECONDS = 60;
  /**
   * The attempt timeout unless a test sets its own: as generous as the adapter's default, because it is
   * not meant to fire. A test that needs an attempt to time out sets a short one and a longer delay.
   */
  static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

  private static boolean warmedUp;

  final ConnectionMetrics metrics = new ConnectionMetrics();
  final Vertx serverVertx;
  final Vertx clientVertx;
  final FakeCronofy world;
  final CronofyStubServer stub;
  final VertxIdentityApi api;
  final CountingApi counted;
  final RecordingScheduler scheduler;
  final FakeTokenStore tokenStore = new FakeTokenStore();
  final Secrets secrets = new Secrets().add(CLIENT);

  private Stack(Consumer<FakeCronofy.Builder> worldSettings, UnaryOperator<VertxIdentityOptions.Builder> apiSettings) {
    serverVertx = vertx(metrics);
    clientVertx = vertx(metrics);
    FakeCronofy.Builder builder = FakeCronofy.builder().client(CLIENT);
    worldSettings.accept(builder);
    world = builder.build();
    stub = startStub(serverVertx, world);
    api = VertxIdentityApi.create(clientVertx, apiSettings.apply(VertxIdentityOptions.builder()
        .baseUrl(stub.baseUri().toString())
        .attemptTimeout(ATTEMPT_TIMEOUT)
        .connectTimeout(Duration.ofSeconds(2))).build());
    counted = new CountingApi(api);
    scheduler = new RecordingScheduler(VertxScheduler.create(clientVertx));
  }

  /** A stack with a default world and adapter options. */
  static Stack start() {
    return start(world -> {}, options -> options);
  }

  /** A stack with settings for the world and the adapter (the base URL is set to the stub's). */
  static Stack start(Consumer<FakeCronofy.Builder> worldSettings, UnaryOperator<VertxIdentityOptions.Builder> apiSettings) {
    warmUp();
    return new Stack(worldSettings, apiSettings);
  }

  /**
   * Once per JVM, before the first stack a test uses: runs calls through every layer, a refresh and the
   * stub's faults on a throwaway stack. A cold JVM (with the coverage agent instrumenting each class as it
   * loads) took 3 to 5 s for its first call on a loaded core, past the 2 s attempt timeout this class used
   * to set: the first test of a class met that timeout instead of the fault it scripts. Outcomes are
   * ignored here: this only loads and links classes.
   */
  private static synchronized void warmUp() {
    if (warmedUp) {
      return;
    }
    warmedUp = true;
    try (Stack stack = new Stack(world -> {}, options -> options.attemptTimeout(Duration.ofSeconds(WAIT_SECONDS))
        .idleTimeout(Duration.ofSeconds(2 * WAIT_SECONDS)))) {
      FakeAccount account = stack.world.addAccount(a -> a.id("acc_warmup").email("warm@example.com")
          .name("Warm Up").timeZone("Europe/London").calendarProfile(p -> p.name("warm@example.com")));
      TokenSet tokens = account.issueTokens();
      stack.world.expire(tokens.accessToken()); // 401, refresh, replay
      AccountSession session = stack.client().callTimeout(Duration.ofSeconds(WAIT_SECONDS)).build()
          .session("warm-up", tokens);
      settle(session.userInfo());
      settle(session.account());
      settle(session.profiles());
      for (HttpFault fault : List.of(HttpFault.reset(), HttpFault.truncatedBody(), HttpFault.status(503),
          HttpFault.status(429), HttpFault.nonJsonBody(), HttpFault.redirect())) {
        stack.stub.fault("/v1/userinfo", fault, 1);
        settle(session.userInfo());
      }
    }
  }

  private static void settle(CompletionStage<?> call) {
    await(call.toCompletableFuture().handle((value, failure) -> null));
  }

  /** The one place that knows how the stub server is started from a world. */
  static CronofyStubServer startStub(Vertx vertx, FakeCronofy world) {
    return CronofyStubServer.start(vertx, world);
  }

  /** A Vert.x instance with the given metrics and low blocked-thread thresholds. */
  static Vertx vertx(ConnectionMetrics metrics) {
    VertxOptions options = new VertxOptions()
        .setEventLoopPoolSize(2)
        .setMetricsOptions(new MetricsOptions().setEnabled(true))
        .setBlockedThreadCheckInterval(BLOCKED_THREAD_CHECK_INTERVAL.toMillis())
        .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
        .setMaxEventLoopExecuteTime(MAX_EVENT_LOOP_TASK.toMillis())
        .setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
        // the warning then carries the blocked thread's stack, which says who blocked it
        .setWarningExceptionTime(MAX_EVENT_LOOP_TASK.toMillis())
        .setWarningExceptionTimeUnit(TimeUnit.MILLISECONDS);
    return Vertx.builder().with(options).withMetrics(metrics).build();
  }

  /** A client over this stack's adapter with quick retries, the Vert.x scheduler, credentials and store. */
  IdentityClient.Builder client() {
    return IdentityClient.builder(counted)
        .clientCredentials(CLIENT)
        .tokenStore(tokenStore)
        .retryPolicy(FAST_RETRIES)
        .callTimeout(Duration.ofSeconds(20))
        .scheduler(scheduler);
  }

  static <T> T await(Future<T> future) {
    return await(future.toCompletionStage().toCompletableFuture());
  }

  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("waiting failed: " + e, e);
    }
  }

  @Override
  public void close() {
    try {
      await(api.close()); // idempotent: a test may have closed it already
      stub.close();
    } finally {
      await(clientVertx.close());
      await(serverVertx.close());
    }
  }
}
