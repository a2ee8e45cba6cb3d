package net.calkit.identity.vertx;

import io.vertx.core.Vertx;
import static java.util.concurrent.TimeUnit.SECONDS;
import static net.calkit.identity.vertx.Await.failure;
import static net.calkit.identity.vertx.Await.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.SelfSignedCertificate;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.ApiEndpoint;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.InvalidResponseException;
import net.calkit.identity.domain.error.ServerErrorException;
import net.calkit.identity.domain.error.TransportException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("VertxIdentityApi: bounded bodies, deadlines and transport failures")
class VertxIdentityApiTransportTest extends AdapterTestBase {
  private static final Duration SHORT = Duration.ofMillis(200);

  @Nested
  @DisplayName("body size")
  class BodySize {
    @Test
    @DisplayName("a 2xx announcing more than maxBodyBytes is refused before its body is read, and the request reset")
    void announcedOverLimit() throws Exception {
      // the body never completes: only a refusal on the header can end this call
      server.enqueue(TestServer.announcedEndless(50_000_000));

      Throwable failure = failure(api(b -> b.maxBodyBytes(1000)).account(TOKEN));

      assertThat(failure).isExactlyInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("body of 50000000 bytes exceeds the limit of 1000 bytes");
      assertThat(((IdentityException) failure).bodyExcerpt()).isEmpty();
      server.takeRequest().connectionClosed().get(15, SECONDS);
    }

    @Test
    @DisplayName("a chunked 2xx that never ends fails as soon as it passes maxBodyBytes, and the request is reset")
    void unannouncedOverLimit() throws Exception {
      server.enqueue(TestServer.endless(200));

      // an endless body can only fail by the limit: reading it all would never complete
      Throwable failure = failure(api(b -> b.maxBodyBytes(10_000)).profiles(TOKEN));

      assertThat(failure).isExactlyInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("exceeds the limit of 10000 bytes");
      server.takeRequest().connectionClosed().get(15, SECONDS);
    }

    @Test
    @DisplayName("a body of exactly maxBodyBytes is read; one byte less is refused")
    void boundary() throws Exception {
      int size = example("account.json").getBytes(StandardCharsets.UTF_8).length;
      server.always(TestServer.json(200, example("account.json")));

      Account account = value(api(b -> b.maxBodyBytes(size)).account(TOKEN));
      Throwable failure = failure(api(b -> b.maxBodyBytes(size - 1)).account(TOKEN));

      assertThat(account).isEqualTo(CODEC.decodeAccount(exampleBytes("account.json")));
      assertThat(failure).isExactlyInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("body of " + size + " bytes exceeds the limit of " + (size - 1) + " bytes");
    }

    @Test
    @DisplayName("an endless error body keeps its status; the excerpt comes from the first bytes")
    void errorOverLimit() throws Exception {
      server.enqueue(TestServer.endless(503));

      Throwable failure = failure(api(b -> b.maxBodyBytes(4096)).userInfo(TOKEN));

      assertThat(failure).isExactlyInstanceOf(ServerErrorException.class);
      ServerErrorException error = (ServerErrorException) failure;
      assertThat(error.status()).hasValue(503);
      assertThat(error.bodyExcerpt()).hasValueSatisfying(excerpt -> assertThat(excerpt).startsWith("xxxxxxxx"));
      server.takeRequest().connectionClosed().get(15, SECONDS);
    }

    @Test
    @DisplayName("an error announcing an oversized body keeps its status, without an excerpt")
    void errorAnnouncedOverLimit() throws Exception {
      server.enqueue(TestServer.json(500, "y".repeat(5000)));

      ServerErrorException error = (ServerErrorException) failure(api(b -> b.maxBodyBytes(1000)).userInfo(TOKEN));

      assertThat(error.status()).hasValue(500);
      assertThat(error.bodyExcerpt()).isEmpty();
    }
  }

  @Nested
  @DisplayName("deadlines")
  class Deadlines {
    @Test
    @DisplayName("headers that never come fail the attempt at its deadline and reset the request")
    void slowHeaders() throws Exception {
      server.enqueue(TestServer.silent());

      Throwable failure = failure(api(b -> b.attemptTimeout(SHORT)).account(TOKEN));

      assertThat(failure).isExactlyInstanceOf(DeadlineExceededException.class);
      DeadlineExceededException deadline = (DeadlineExceededException) failure;
      assertThat(deadline.scope()).isEqualTo(DeadlineExceededException.Scope.ATTEMPT);
      assertThat(deadline.timeout()).isEqualTo(SHORT);
      assertThat(deadline.isTransient()).isTrue();
      server.takeRequest().connectionClosed().get(15, SECONDS);
    }

    @Test
    @DisplayName("a body that stops midway fails the attempt at its deadline and resets the request")
    void slowBody() throws Exception {
      server.enqueue(TestServer.stallMidBody());

      Throwable failure = failure(api(b -> b.attemptTimeout(SHORT)).account(TOKEN));

      assertThat(failure).isExactlyInstanceOf(DeadlineExceededException.class);
      assertThat(((DeadlineExceededException) failure).scope()).isEqualTo(DeadlineExceededException.Scope.ATTEMPT);
      server.takeRequest().connectionClosed().get(15, SECONDS);
    }

    @Test
    @DisplayName("after a timed-out attempt the pool's only connection is free again for the next call")
    void poolRecoversAfterDeadline() throws Exception {
      server.enqueue(TestServer.silent()).enqueue(TestServer.json(200, example("account.json")));
      // the second call must succeed within the deadline the first one misses: 2 s, far above a loopback
      // call even on a loaded machine (300 ms was not, with a new connection to open)
      VertxIdentityApi api = api(b -> b.attemptTimeout(Duration.ofSeconds(2)).maxPoolSize(1));

      assertThat(failure(api.account(TOKEN))).isExactlyInstanceOf(DeadlineExceededException.class);
      assertThat(value(api.account(TOKEN)).id().value()).isEqualTo("acc_5700a00eb0ccd07000000000");
    }

    @Test
    @DisplayName("a request waiting longer than poolAcquireTimeout for a connection fails as a transport error")
    void poolAcquireTimeout() throws Exception {
      server.enqueue(TestServer.silent());
      VertxIdentityApi api = api(b -> b.maxPoolSize(1).maxWaitQueueSize(4).poolAcquireTimeout(SHORT));
      CompletableFuture<Account> holder = api.account(TOKEN);
      server.takeRequest();

      Throwable failure = failure(api.account(TOKEN));

      assertThat(failure).isExactlyInstanceOf(TransportException.class)
          .hasMessageContaining("no connection obtained from the pool within 200 ms");
      holder.cancel(true);
    }

    @Test
    @DisplayName("pool waiters racing their acquire timeout against recycled connections: every call ends"
        + " once, as a value or a transport error, and nothing unhandled is raised (Vert.x issue 6169)")
    void acquireTimeoutRace() throws Exception {
      server.always(TestServer.json(200, example("account.json")));
      VertxIdentityApi api = api(b -> b.maxPoolSize(1).maxWaitQueueSize(200)
          .poolAcquireTimeout(Duration.ofMillis(20)));
      List<CompletableFuture<Account>> calls = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        calls.add(api.account(TOKEN));
      }

      for (CompletableFuture<Account> call : calls) {
        Object outcome = call.handle((account, failure) -> failure == null ? account : failure)
            .get(30, SECONDS);
        if (outcome instanceof Throwable) {
          assertThat((Throwable) outcome).isExactlyInstanceOf(TransportException.class)
              .hasMessageContaining("no connection obtained from the pool within 20 ms");
        } else {
          assertThat(((Account) outcome).id().value()).isEqualTo("acc_5700a00eb0ccd07000000000");
        }
      }
      // tearDown() fails the test on any unhandled exception such as "Promise already completed"
    }

    @Test
    @DisplayName("callers on 8 threads queueing for a pool of 2 with a short acquire timeout: every call ends"
        + " once, as a value or the pool-wait error, and nothing unhandled is raised")
    void manyThreadsQueueForTheSamePool() throws Exception {
      server.always(TestServer.json(200, example("account.json")));
      VertxIdentityApi api = api(b -> b.maxPoolSize(2).maxWaitQueueSize(1000)
          .poolAcquireTimeout(Duration.ofMillis(100)));
      List<Thread> threads = new ArrayList<>();
      List<Object> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int t = 0; t < 8; t++) {
        Thread thread = new Thread(() -> {
          for (int i = 0; i < 150; i++) {
            try {
              outcomes.add(api.account(TOKEN).handle((account, failure) -> failure == null ? account : failure)
                  .get(30, SECONDS));
            } catch (Exception e) {
              outcomes.add(e);
            }
          }
        });
        threads.add(thread);
        thread.start();
      }
      for (Thread thread : threads) {
        thread.join(SECONDS.toMillis(120));
      }

      assertThat(outcomes).hasSize(8 * 150).allSatisfy(outcome -> {
        if (outcome instanceof Throwable) {
          assertThat((Throwable) outcome).isExactlyInstanceOf(TransportException.class)
              .hasMessageContaining("no connection obtained from the pool within 100 ms");
        } else {
          assertThat(((Account) outcome).id().value()).isEqualTo("acc_5700a00eb0ccd07000000000");
        }
      });
      // This is where Vert.x 5.0.7's own pool-wait timer could fire for a waiter already served (issue 6169;
      // seen as "Promise already completed" in RoundTripBenchmark, too rare to reproduce here on demand):
      // RequestsTest pins that the adapter asks Vert.x for no such timer. tearDown() fails the test on any
      // unhandled exception.
    }

    @Test
    @DisplayName("a full wait queue fails at once with a transport error")
    void waitQueueFull() throws Exception {
      server.enqueue(TestServer.silent());
      VertxIdentityApi api = api(b -> b.maxPoolSize(1).maxWaitQueueSize(0));
      CompletableFuture<Account> holder = api.account(TOKEN);
      server.takeRequest();

      Throwable failure = failure(api.account(TOKEN));

      assertThat(failure).isExactlyInstanceOf(TransportException.class).hasMessageContaining("wait queue full");
      holder.cancel(true);
    }
  }

  @Nested
  @DisplayName("transport failures")
  class TransportFailures {
    @Test
    @DisplayName("a connection closed before the response is a transport error")
    void connectionClosed() throws Exception {
      server.enqueue(TestServer.closeConnection());

      Throwable failure = failure(api().account(TOKEN));

      assertThat(failure).isExactlyInstanceOf(TransportException.class);
      assertThat(((IdentityException) failure).isTransient()).isTrue();
      assertThat(failure.getMessage()).doesNotContain(TOKEN.value());
    }

    @Test
    @DisplayName("a body shorter than its Content-Length is a transport error")
    void truncatedBody() throws Exception {
      server.enqueue(TestServer.truncated(100, 10));

      Throwable failure = failure(api().account(TOKEN));

      assertThat(failure).isExactlyInstanceOf(TransportException.class);
    }

    @Test
    @DisplayName("a refused connection is a transport error")
    void connectionRefused() throws Exception {
      // bound but never listening: connections are refused, and no other socket can take the port meanwhile
      // (a closed server's port could be reused by anything on the machine before the call)
      try (Socket holder = new Socket()) {
        holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        ApiEndpoint endpoint = ApiEndpoint.parse("http://127.0.0.1:" + holder.getLocalPort());

        Throwable failure = failure(api(b -> b.endpoint(endpoint)).account(TOKEN));

        assertThat(failure).isExactlyInstanceOf(TransportException.class).hasMessageContaining("could not connect");
      }
    }

    @Test
    @DisplayName("a server certificate the JDK does not trust fails the TLS handshake: nothing is sent")
    void untrustedCertificate() throws Exception {
      SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
      TestServer tls = TestServer.start(serverVertx,
          new HttpServerOptions().setSsl(true).setKeyCertOptions(certificate.keyCertOptions()));
      extraServers.add(tls);

      Throwable failure = failure(api(b -> b.baseUrl("https://localhost:" + tls.port())).account(TOKEN));

      assertThat(failure).isExactlyInstanceOf(TransportException.class).hasMessageContaining("TLS failure");
      assertThat(tls.requestCount()).isZero();
      certificate.delete();
    }

    @Test
    @DisplayName("after close() every call fails with a transport error")
    void closed() throws Exception {
      VertxIdentityApi api = api();
      api.close().toCompletionStage().toCompletableFuture().get(15, SECONDS);

      assertThat(failure(api.account(TOKEN))).isExactlyInstanceOf(TransportException.class)
          .hasMessageContaining("closed");
      assertThat(server.requestCount()).isZero();
    }

    @Test
    @DisplayName("a Vert.x instance closed under the adapter fails calls with a transport error, never a throw")
    void vertxClosedUnderTheAdapter() throws Exception {
      Vertx own = Vertx.vertx();
      VertxIdentityApi api = VertxIdentityApi.create(own,
          VertxIdentityOptions.builder().baseUrl("http://127.0.0.1:" + server.port()).build());
      own.close().toCompletionStage().toCompletableFuture().get(15, SECONDS);

      CompletableFuture<Account> call = api.account(TOKEN);

      assertThat(failure(call)).isExactlyInstanceOf(TransportException.class);
      assertThat(server.requestCount()).isZero();
    }

    @Test
    @DisplayName("an unknown 2xx with a body is decoded, not trusted blindly: 201 with a valid body succeeds")
    void otherSuccess() throws Exception {
      server.enqueue(TestServer.respond(201, Map.of(), example("account.json")));

      assertThat(value(api().account(TOKEN))).isEqualTo(CODEC.decodeAccount(exampleBytes("account.json")));
    }
  }
}
