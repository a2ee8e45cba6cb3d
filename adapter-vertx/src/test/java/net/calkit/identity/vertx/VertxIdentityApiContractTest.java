package net.calkit.identity.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.ports.IdentityApi;
import net.calkit.identity.testkit.HttpIdentityApiContract;
import org.junit.jupiter.api.AfterAll;

/**
 * The testkit's HTTP contract, run against this adapter through the loopback stub server. The kit's
 * default {@code closeApi} closes each adapter (its {@code close()} returns a Vert.x {@code Future}, which
 * the kit waits for); the Vert.x instance is shared by the class.
 */
class VertxIdentityApiContractTest extends HttpIdentityApiContract {
  private static final Vertx VERTX = Vertx.vertx();
  private static final List<VertxIdentityApi> CREATED = new CopyOnWriteArrayList<>();

  @Override
  protected IdentityApi createApi(URI baseUri) {
    VertxIdentityApi api =
        VertxIdentityApi.create(VERTX, VertxIdentityOptions.builder().baseUrl(baseUri.toString()).build());
    CREATED.add(api);
    return api;
  }

  @Override
  protected Optional<URI> baseUriFor(DataCenter dataCenter) {
    return Optional.of(VertxIdentityOptions.of(dataCenter).endpoint().baseUri());
  }

  @AfterAll
  static void everyAdapterWasClosedByTheKit() {
    try {
      assertThat(CREATED).isNotEmpty();
      for (VertxIdentityApi api : CREATED) {
        assertThat(api.account(AccessToken.of("at_after_close")))
            .as("a call on an adapter after the kit's closeApi").failsWithin(Duration.ofSeconds(5))
            .withThrowableThat().havingCause().isInstanceOf(TransportException.class)
            .withMessageContaining("the adapter is closed");
      }
    } finally {
      VERTX.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }
  }
}
