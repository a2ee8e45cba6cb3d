package net.calkit.identity.reliability;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.metrics.MetricsOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import net.calkit.identity.client.IdentityClient;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.policy.RetryPolicy;
import net.calkit.identity.fake.FakeCronofy;
import net.calkit.identity.fake.FakeTokenStore;
import net.calkit.identity.testkit.stub.CronofyStubServer;
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
  /** An event-loop task longer than this is reported by the blocked-thread checker. */
  static final Duration MAX_EVENT_LOOP_TASK = Duration.ofMillis(300);
  /** How often the blocked-thread checker looks. */
  static final Duration BLOCKED_THREAD_CHECK_INTERVAL = Duration.ofMillis(50);
  /** Timeout of every blocking wait in these tests: a hang guard, never a speed assertion. */
  static final long WAIT_SECONDS = 60;

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
        .attemptTimeout(Duration.ofSeconds(2))
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
    return new Stack(worldSettings, apiSettings);
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
