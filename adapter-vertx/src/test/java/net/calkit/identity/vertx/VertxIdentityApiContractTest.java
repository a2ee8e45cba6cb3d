package net.calkit.identity.vertx;

import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.ports.IdentityApi;
import net.calkit.identity.testkit.HttpIdentityApiContract;
import org.junit.jupiter.api.AfterAll;

/**
 * The testkit's HTTP contract, run against this adapter through the loopback stub server. The kit's
 * default {@code closeApi} closes each adapter after its test ({@code KitClosesAdapterTest}).
 */
class VertxIdentityApiContractTest extends HttpIdentityApiContract {
  private static final Vertx VERTX = Vertx.vertx();

  @Override
  protected IdentityApi createApi(URI baseUri) {
    return VertxIdentityApi.create(VERTX, VertxIdentityOptions.builder().baseUrl(baseUri.toString()).build());
  }

  /**
   * 30 s instead of the kit's 5 s: this class may run first in a cold JVM, whose first call (coverage
   * agent, loaded 2-core machine) took 1.2 to 2 s. A stage the kit waits for never takes long otherwise.
   */
  @Override
  protected Duration timeout() {
    return Duration.ofSeconds(30);
  }

  @Override
  protected Optional<URI> baseUriFor(DataCenter dataCenter) {
    return Optional.of(VertxIdentityOptions.of(dataCenter).endpoint().baseUri());
  }

  @AfterAll
  static void closeVertx() {
    VERTX.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
  }
}
