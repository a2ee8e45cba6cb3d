package net.calkit.identity.cli;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.calkit.identity.client.Scheduler;
import net.calkit.identity.domain.ApiEndpoint;
import net.calkit.identity.ports.IdentityApi;
import net.calkit.identity.testkit.stub.CronofyStubServer;
import net.calkit.identity.testkit.stub.DemoWorld;
import net.calkit.identity.vertx.VertxIdentityApi;
import net.calkit.identity.vertx.VertxIdentityOptions;
import net.calkit.identity.vertx.VertxScheduler;
import org.jspecify.annotations.Nullable;

/**
 * The real transport: one small Vert.x instance carrying the adapter and, in demo mode, the stub
 * server on {@code 127.0.0.1}. Everything is closed before the tool exits.
 */
final class VertxTransport implements Transport {
  /** How long closing may take before the tool exits anyway (the process ends, so nothing leaks). */
  private static final long CLOSE_TIMEOUT_MILLIS = 2_000;

  private final Vertx vertx;
  private final VertxIdentityApi api;
  private final @Nullable CronofyStubServer server;
  private final Optional<DemoAccess> demoAccess;

  private VertxTransport(Vertx vertx, VertxIdentityApi api, @Nullable CronofyStubServer server,
      Optional<DemoAccess> demoAccess) {
    this.vertx = vertx;
    this.api = api;
    this.server = server;
    this.demoAccess = demoAccess;
  }

  static Transport open(Settings settings) throws TransportUnavailableException {
    Vertx vertx = Vertx.vertx(new VertxOptions()
        .setEventLoopPoolSize(1)
        .setWorkerPoolSize(1)
        .setInternalBlockingPoolSize(1)
        // no .vertx cache directory and no class-path scanning: the tool reads no files through Vert.x
        .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false).setClassPathResolvingEnabled(false)));
    CronofyStubServer server = null;
    try {
      ApiEndpoint endpoint = settings.endpoint();
      Optional<DemoAccess> demoAccess = Optional.empty();
      if (settings.demo()) {
        DemoWorld demo = DemoWorld.create(Clock.systemUTC());
        // the start token is expired, so every demo also shows a refresh: 401, /oauth/token, replay
        demo.world().expire(demo.tokens().accessToken());
        server = CronofyStubServer.start(vertx, demo.world());
        endpoint = ApiEndpoint.parse(server.baseUri().toString());
        demoAccess = Optional.of(new DemoAccess(demo.tokens(), Optional.of(demo.client())));
      }
      Duration attemptTimeout = settings.timeout().compareTo(VertxIdentityOptions.DEFAULT_ATTEMPT_TIMEOUT) < 0
          ? settings.timeout() : VertxIdentityOptions.DEFAULT_ATTEMPT_TIMEOUT;
      VertxIdentityApi api = VertxIdentityApi.create(vertx, VertxIdentityOptions.builder()
          .endpoint(endpoint)
          .attemptTimeout(attemptTimeout)
          .userAgent("cronofy-identity/" + Main.version())
          .build());
      return new VertxTransport(vertx, api, server, demoAccess);
    } catch (RuntimeException e) {
      if (server != null) {
        server.close();
      }
      await(vertx.close());
      throw new TransportUnavailableException(
          (settings.demo() ? "the demo server could not start" : "the HTTP client could not start") + " ("
              + e.getClass().getSimpleName() + ")", e);
    }
  }

  @Override
  public IdentityApi api() {
    return api;
  }

  @Override
  public Optional<DemoAccess> demoAccess() {
    return demoAccess;
  }

  @Override
  public Scheduler scheduler() {
    return VertxScheduler.create(vertx);
  }

  @Override
  public void close() {
    await(api.close());
    if (server != null) {
      try {
        server.close();
      } catch (RuntimeException ignored) {
        // the process is about to exit; a server that will not stop must not change the exit code
      }
    }
    await(vertx.close());
  }

  private static void await(Future<Void> closing) {
    try {
      closing.toCompletionStage().toCompletableFuture().get(CLOSE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception ignored) {
      // as above: closing is best effort at exit
    }
  }
}
