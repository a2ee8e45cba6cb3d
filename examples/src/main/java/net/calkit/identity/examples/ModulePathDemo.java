package net.calkit.identity.examples;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import io.vertx.core.Vertx;
import net.calkit.identity.client.AccountSession;
import net.calkit.identity.client.IdentityClient;
import net.calkit.identity.domain.Attention;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.testkit.stub.CronofyStubServer;
import net.calkit.identity.testkit.stub.DemoWorld;
import net.calkit.identity.vertx.VertxIdentityApi;
import net.calkit.identity.vertx.VertxIdentityOptions;
import net.calkit.identity.vertx.VertxScheduler;

/**
 * The whole stack as a user's module would run it: the stub server on loopback, the Vert.x adapter, the
 * application service. Exits 0 when the demo world's profiles needing attention come back.
 */
public final class ModulePathDemo {
  private ModulePathDemo() {}

  /** Runs the demo; a non-zero exit code fails the build. */
  public static void main(String[] args) throws Exception {
    Vertx vertx = Vertx.vertx();
    DemoWorld demo = DemoWorld.create(Clock.systemUTC());
    try (CronofyStubServer server = CronofyStubServer.start(vertx, demo.world())) {
      VertxIdentityApi api = VertxIdentityApi.create(vertx,
          VertxIdentityOptions.builder().baseUrl(server.baseUri().toString()).build());
      IdentityClient client = IdentityClient.builder(api)
          .clientCredentials(demo.client())
          .scheduler(VertxScheduler.create(vertx))
          .callTimeout(Duration.ofSeconds(20))
          .build();
      AccountSession session = client.session("demo", demo.tokens());
      UserInfo info = session.userInfo().toCompletableFuture().get(30, TimeUnit.SECONDS);
      List<Attention> attention = info.needingAttention();
      System.out.println("module path: " + ModulePathDemo.class.getModule().getName() + " sees "
          + info.profiles().size() + " calendar profiles, " + attention.size() + " needing attention");
      api.close().await();
      if (attention.isEmpty() || !ModulePathDemo.class.getModule().isNamed()) {
        System.exit(1);
      }
    } finally {
      vertx.close().await();
    }
  }
}
