package net.calkit.identity.benchmarks;

import io.vertx.core.Vertx;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.calkit.identity.client.AccountSession;
import net.calkit.identity.client.IdentityClient;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.vertx.VertxIdentityApi;
import net.calkit.identity.vertx.VertxIdentityOptions;
import net.calkit.identity.vertx.VertxScheduler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * A {@code GET /v1/userinfo} round trip on loopback against a Vert.x server answering a fixed 1 KB body:
 * ours (the application service, {@link AccountSession}, over {@link VertxIdentityApi}) vs a hand-written
 * Vert.x WebClient GET plus Jackson databind ({@link RawVertxClient}), same server, same pool size, at 1
 * and at 64 calls in flight (64 JMH threads, each waiting for its call). Throughput gives calls per
 * second; sample time gives the latency percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RoundTripBenchmark {
  /** Connections for both clients: the adapter's default. */
  static final int POOL_SIZE = VertxIdentityOptions.DEFAULT_MAX_POOL_SIZE;
  /** The most a call may take before the benchmark fails instead of hanging. */
  static final long CALL_TIMEOUT_SECONDS = 10;

  private static final String TOKEN = "bench-access-token-0123456789";
  private static final AccessToken ACCESS_TOKEN = AccessToken.of(TOKEN);

  private LoopbackServer server;
  private Vertx clientVertx;
  private VertxIdentityApi api;
  private AccountSession session;
  private RawVertxClient raw;

  /** Starts the server on 127.0.0.1 (port 0) and both clients on one client-side Vert.x. */
  @Setup
  public void setUp() throws TimeoutException {
    server = LoopbackServer.start(Bodies.userInfo(1024, Bodies.SEED));
    clientVertx = Vertx.vertx();
    api = VertxIdentityApi.create(clientVertx,
        VertxIdentityOptions.builder().baseUrl(server.baseUrl()).maxPoolSize(POOL_SIZE).build());
    session = IdentityClient.builder(api)
        .scheduler(VertxScheduler.create(clientVertx))
        .build()
        .session("bench", TokenSet.of(AccessToken.of(TOKEN)));
    raw = new RawVertxClient(clientVertx, server.port(), POOL_SIZE, TOKEN);
  }

  /** Stops clients and server. */
  @TearDown
  public void tearDown() throws TimeoutException {
    raw.close();
    api.close().await(10, TimeUnit.SECONDS);
    clientVertx.close().await(10, TimeUnit.SECONDS);
    server.close();
  }

  /** Ours, one call in flight. */
  @Benchmark
  @Threads(1)
  public UserInfo ours1() throws Exception {
    return await(session.userInfo());
  }

  /** Baseline, one call in flight. */
  @Benchmark
  @Threads(1)
  public Dtos.UserInfoDto raw1() throws Exception {
    return await(raw.userInfo());
  }

  /** Ours, 64 calls in flight. */
  @Benchmark
  @Threads(64)
  public UserInfo ours64() throws Exception {
    return await(session.userInfo());
  }

  /**
   * The adapter alone, without the application service, 64 calls in flight: splits what ours adds over
   * raw into the adapter's share and the session's (token handling, retries, the call deadline).
   */
  @Benchmark
  @Threads(64)
  public UserInfo adapter64() throws Exception {
    return await(api.userInfo(ACCESS_TOKEN));
  }

  /** Baseline, 64 calls in flight. */
  @Benchmark
  @Threads(64)
  public Dtos.UserInfoDto raw64() throws Exception {
    return await(raw.userInfo());
  }

  static <T> T await(CompletionStage<T> stage) throws InterruptedException, ExecutionException, TimeoutException {
    return stage.toCompletableFuture().get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
