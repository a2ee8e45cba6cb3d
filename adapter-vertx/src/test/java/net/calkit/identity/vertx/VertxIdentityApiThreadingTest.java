package net.calkit.identity.vertx;

import static java.util.concurrent.TimeUnit.SECONDS;
import static net.calkit.identity.vertx.Await.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.error.DeadlineExceededException;
import net.calkit.identity.domain.error.UnauthorizedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VertxIdentityApi: threads, contexts and cancellation")
class VertxIdentityApiThreadingTest extends AdapterTestBase {

  /** Where a stage completed. */
  private record Completion(boolean onEventLoop, String thread, Context context) {
    static Completion here() {
      return new Completion(Context.isOnEventLoopThread(), Thread.currentThread().getName(), Vertx.currentContext());
    }
  }

  @Test
  @DisplayName("called from a non-Vert.x thread, the stage completes on an event loop")
  void completesOnEventLoop() throws Exception {
    CompletableFuture<Void> gate = new CompletableFuture<>();
    server.enqueue(TestServer.gated(gate, TestServer.json(200, example("account.json"))));

    CompletionStage<Completion> where = api().account(TOKEN).thenApply(account -> Completion.here());
    gate.complete(null);

    Completion completion = value(where);
    assertThat(completion.onEventLoop()).as("completed on an event loop: %s", completion.thread()).isTrue();
    assertThat(completion.thread()).startsWith("vert.x-eventloop-thread-");
  }

  @Test
  @DisplayName("a failure completes on an event loop too")
  void failsOnEventLoop() throws Exception {
    CompletableFuture<Void> gate = new CompletableFuture<>();
    server.enqueue(TestServer.gated(gate, TestServer.json(401, "{}")));

    CompletionStage<Completion> where = api().account(TOKEN)
        .handle((account, failure) -> {
          assertThat(failure).isInstanceOf(UnauthorizedException.class);
          return Completion.here();
        });
    gate.complete(null);

    assertThat(value(where).onEventLoop()).isTrue();
  }

  @Test
  @DisplayName("a deadline completes on an event loop")
  void deadlineOnEventLoop() throws Exception {
    server.enqueue(TestServer.silent());

    CompletionStage<Completion> where = api(b -> b.attemptTimeout(java.time.Duration.ofMillis(100))).account(TOKEN)
        .handle((account, failure) -> {
          assertThat(failure).isInstanceOf(DeadlineExceededException.class);
          return Completion.here();
        });

    assertThat(value(where).onEventLoop()).isTrue();
  }

  @Test
  @DisplayName("called on an event loop, the call works and completes on the caller's own context")
  void fromEventLoop() throws Exception {
    server.enqueue(TestServer.json(200, example("account.json")));
    VertxIdentityApi api = api();
    Context caller = strict.vertx.getOrCreateContext();
    CompletableFuture<Completion> where = new CompletableFuture<>();
    CompletableFuture<Account> result = new CompletableFuture<>();

    caller.runOnContext(ignored -> api.account(TOKEN).whenComplete((account, failure) -> {
      where.complete(Completion.here());
      if (failure != null) {
        result.completeExceptionally(failure);
      } else {
        result.complete(account);
      }
    }));

    assertThat(value(result).id().value()).isEqualTo("acc_5700a00eb0ccd07000000000");
    Completion completion = value(where);
    assertThat(completion.context()).isSameAs(caller);
    assertThat(completion.onEventLoop()).isTrue();
  }

  @Test
  @DisplayName("cancelling the stage resets the request: the server sees its connection closed")
  void cancellationResets() throws Exception {
    server.enqueue(TestServer.silent());
    CompletableFuture<Account> call = api().account(TOKEN);
    TestServer.Recorded inFlight = server.takeRequest();

    assertThat(call.cancel(true)).isTrue();

    inFlight.connectionClosed().get(15, SECONDS);
    assertThat(call).isCancelled();
  }

  @Test
  @DisplayName("after a cancellation the pool's only connection serves the next call")
  void poolRecoversAfterCancellation() throws Exception {
    server.enqueue(TestServer.silent()).enqueue(TestServer.json(200, example("account.json")));
    VertxIdentityApi api = api(b -> b.maxPoolSize(1));
    CompletableFuture<Account> call = api.account(TOKEN);
    server.takeRequest();

    call.cancel(true);

    assertThat(value(api.account(TOKEN)).id().value()).isEqualTo("acc_5700a00eb0ccd07000000000");
  }

  @Test
  @DisplayName("a response arriving after cancellation is dropped quietly (no unhandled exception, stage stays cancelled)")
  void exactlyOnce() throws Exception {
    CompletableFuture<Void> gate = new CompletableFuture<>();
    server.enqueue(TestServer.gated(gate, TestServer.json(200, example("account.json"))))
        .enqueue(TestServer.json(200, example("account.json")));
    VertxIdentityApi api = api(b -> b.maxPoolSize(1));
    CompletableFuture<Account> call = api.account(TOKEN);
    server.takeRequest();

    call.cancel(true);
    gate.complete(null);
    // The reset and the late response race: either the reset closes the pool's only connection or the
    // response is read and dropped and the connection goes back. Both must leave it free for the next call,
    // which therefore also proves the late response has been dealt with before tearDown() looks for errors.
    Account next = value(api.account(TOKEN));

    assertThat(next.id().value()).isEqualTo("acc_5700a00eb0ccd07000000000");
    assertThat(call.isCancelled()).isTrue();
    // tearDown() fails the test if the late response raised anything on the Vert.x instance
  }
}
