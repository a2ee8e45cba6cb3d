package net.calkit.identity.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.fake.FakeCronofy;
import net.calkit.identity.ports.IdentityApi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The default {@code closeApi} hook: what it closes, how long it waits, how it fails. */
class CloseApiTest {
  private static final Duration KIT_TIMEOUT = Duration.ofMillis(200);

  /** A kit whose hooks are called directly, outside JUnit's lifecycle. */
  private final InProcessIdentityApiContract kit = new InProcessIdentityApiContract() {
    @Override
    protected IdentityApi createApi(FakeCronofy world) {
      throw new UnsupportedOperationException("not used");
    }

    @Override
    protected Duration timeout() {
      return KIT_TIMEOUT;
    }
  };

  @Test
  @DisplayName("an AutoCloseable adapter is closed")
  void autoCloseable() throws Exception {
    AutoClosing api = new AutoClosing();

    kit.closeApi(api);

    assertThat(api.closed).isTrue();
  }

  @Test
  @DisplayName("a close() returning a Vert.x Future is called and waited for")
  void vertxFuture() throws Exception {
    AtomicBoolean released = new AtomicBoolean();
    VertxClosing api = new VertxClosing(() -> {
      Promise<Void> promise = Promise.promise();
      CompletableFuture.runAsync(() -> {
        released.set(true);
        promise.complete();
      });
      return promise.future();
    });

    kit.closeApi(api);

    assertThat(released).as("closeApi returned before the close completed").isTrue();
  }

  @Test
  @DisplayName("a close() returning a CompletionStage is called and waited for")
  void completionStage() throws Exception {
    AtomicBoolean released = new AtomicBoolean();
    StageClosing api = new StageClosing(() -> CompletableFuture.runAsync(() -> released.set(true)));

    kit.closeApi(api);

    assertThat(released).as("closeApi returned before the close completed").isTrue();
  }

  @Test
  @DisplayName("a void close() is called")
  void voidClose() throws Exception {
    VoidClosing api = new VoidClosing();

    kit.closeApi(api);

    assertThat(api.closed).isTrue();
  }

  @Test
  @DisplayName("a close that never completes fails KIT-1 after timeout() instead of hanging")
  void neverCompletes() {
    VertxClosing api = new VertxClosing(() -> Promise.<Void>promise().future());

    assertThatThrownBy(() -> kit.closeApi(api)).isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("[KIT-1]")
        .hasMessageContaining(VertxClosing.class.getName() + ".close() did not complete within 200 ms");
  }

  @Test
  @DisplayName("a close that fails fails KIT-1 with the cause")
  void closeFails() {
    IllegalStateException cause = new IllegalStateException("pool already closed");
    StageClosing api = new StageClosing(() -> CompletableFuture.failedFuture(cause));

    assertThatThrownBy(() -> kit.closeApi(api)).isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("[KIT-1]").hasMessageContaining(".close() failed").hasCause(cause);
  }

  @Test
  @DisplayName("an adapter without close() is left alone")
  void nothingToClose() throws Exception {
    kit.closeApi(new Unclosable());
  }

  @Test
  @DisplayName("an exception thrown by close() itself reaches the caller unwrapped")
  void closeThrows() {
    IllegalStateException thrown = new IllegalStateException("boom");
    StageClosing api = new StageClosing(() -> {
      throw thrown;
    });

    assertThatThrownBy(() -> kit.closeApi(api)).isSameAs(thrown);
  }

  /** An adapter none of whose calls are used here. */
  private static class Unclosable implements IdentityApi {
    @Override
    public CompletionStage<UserInfo> userInfo(AccessToken token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<Account> account(AccessToken token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<List<CalendarProfile>> profiles(AccessToken token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<Void> revokeProfile(AccessToken token, ProfileId profileId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<TokenResponse> refresh(ClientCredentials client, RefreshToken refreshToken) {
      throw new UnsupportedOperationException();
    }
  }

  private static final class AutoClosing extends Unclosable implements AutoCloseable {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Shaped like {@code VertxIdentityApi}: not AutoCloseable, {@code close()} returns a Vert.x Future. */
  public static final class VertxClosing extends Unclosable {
    private final java.util.function.Supplier<Future<Void>> closing;

    VertxClosing(java.util.function.Supplier<Future<Void>> closing) {
      this.closing = closing;
    }

    /** Starts closing. */
    public Future<Void> close() {
      return closing.get();
    }
  }

  public static final class StageClosing extends Unclosable {
    private final java.util.function.Supplier<CompletionStage<Void>> closing;

    StageClosing(java.util.function.Supplier<CompletionStage<Void>> closing) {
      this.closing = closing;
    }

    /** Starts closing. */
    public CompletionStage<Void> close() {
      return closing.get();
    }
  }

  public static final class VoidClosing extends Unclosable {
    boolean closed;

    /** Closes at once. */
    public void close() {
      closed = true;
    }
  }
}
