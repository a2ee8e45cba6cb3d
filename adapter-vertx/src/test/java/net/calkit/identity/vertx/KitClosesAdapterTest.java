package net.calkit.identity.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.error.TransportException;
import net.calkit.identity.ports.IdentityApi;
import net.calkit.identity.testkit.HttpIdentityApiContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The testkit's default {@code closeApi} closes this adapter, whose {@code close()} returns a Vert.x Future. */
class KitClosesAdapterTest {
  @Test
  @DisplayName("the contract kit's default closeApi closes a VertxIdentityApi and waits for it")
  void kitClosesTheAdapter() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      VertxIdentityApi api = VertxIdentityApi.create(vertx,
          VertxIdentityOptions.builder().baseUrl("http://127.0.0.1:1").build());

      new Kit().release(api);

      assertThat(api.account(AccessToken.of("at_after_close"))).failsWithin(Duration.ofSeconds(5))
          .withThrowableThat().havingCause().isInstanceOf(TransportException.class)
          .withMessageContaining("the adapter is closed");
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }
  }

  /** Only to reach the protected hook; never run as a test class. */
  private static final class Kit extends HttpIdentityApiContract {
    @Override
    protected IdentityApi createApi(URI baseUri) {
      throw new UnsupportedOperationException("not used");
    }

    void release(IdentityApi api) throws Exception {
      closeApi(api);
    }
  }
}
