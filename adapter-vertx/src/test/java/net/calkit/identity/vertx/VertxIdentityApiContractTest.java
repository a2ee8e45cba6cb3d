package net.calkit.identity.vertx;

import io.vertx.core.Vertx;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.ports.IdentityApi;
import net.calkit.identity.testkit.HttpIdentityApiContract;
import org.junit.jupiter.api.AfterAll;

/**
 * The testkit's HTTP contract, run against this adapter through the loopback stub server. The kit's
 * default {@code closeApi} closes each adapter after its test ({@code KitClosesAdapterTest}). The kit's
 * timeout is raised for this build by {@code CALKIT_KIT_TIMEOUT_MS} in the module's pom, so that this class
 * stays exactly the README's example.
 */
class VertxIdentityApiContractTest extends HttpIdentityApiContract {
  private static final Vertx VERTX = Vertx.vertx();

  @Override
  protected IdentityApi createApi(URI baseUri) {
    return VertxIdentityApi.create(VERTX, VertxIdentityOptions.builder().baseUrl(baseUri.toString()).build());
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
