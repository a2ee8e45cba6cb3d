package net.calkit.identity.vertx;

import static java.util.concurrent.TimeUnit.SECONDS;
import static net.calkit.identity.vertx.Await.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import net.calkit.identity.domain.Account;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VertxIdentityApi: abandoned requests are reset quietly")
class AbandonedRequestLoggingTest extends AdapterTestBase {
  private static final int ABANDONED = 50;

  @Test
  @DisplayName("calls cancelled while queued for a pool of 1 are reset without a SEVERE 'Stream reset' log line each")
  void cancelledWhileQueuedLogsNothing() throws Exception {
    List<String> severe = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
          severe.add(record.getLoggerName() + ": " + record.getMessage());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger vertxLogger = Logger.getLogger("io.vertx");
    vertxLogger.addHandler(capture);
    try {
      CompletableFuture<Void> gate = new CompletableFuture<>();
      server.enqueue(TestServer.gated(gate, TestServer.json(200, example("account.json"))));
      server.always(TestServer.json(200, example("account.json")));
      // generous deadlines: the last call waits for every abandoned one to be handed the connection and
      // reset first, and must not fail by its pool acquire (5 s) or attempt timeout on a loaded machine
      VertxIdentityApi api = api(b -> b.maxPoolSize(1).maxWaitQueueSize(ABANDONED + 10)
          .poolAcquireTimeout(Duration.ofSeconds(60)).attemptTimeout(Duration.ofSeconds(60))
          .idleTimeout(Duration.ofSeconds(120)));
      CompletableFuture<Account> holder = api.account(TOKEN);
      server.takeRequest();
      List<CompletableFuture<Account>> queued = new ArrayList<>();
      for (int i = 0; i < ABANDONED; i++) {
        queued.add(api.account(TOKEN));
      }
      queued.forEach(call -> call.cancel(true));

      gate.complete(null);
      value(holder);
      // the pool serves its waiters in order, so once this call has its answer every abandoned request
      // has been handed its connection and reset
      Account last = api.account(TOKEN).get(60, SECONDS);

      assertThat(last.id().value()).isEqualTo("acc_5700a00eb0ccd07000000000");
      assertThat(queued).allMatch(CompletableFuture::isCancelled);
      assertThat(severe).as("SEVERE lines logged by Vert.x").isEmpty();
    } finally {
      vertxLogger.removeHandler(capture);
    }
  }
}
