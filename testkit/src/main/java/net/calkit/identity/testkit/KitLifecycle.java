package net.calkit.identity.testkit;

import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Drives the kits' per-test lifecycle (fresh world, adapter, stub server) from outside the test class,
 * so a subclass's own {@code @BeforeEach} methods cannot run before the kit's and cannot hide them.
 */
final class KitLifecycle implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KitLifecycle.class);

  KitLifecycle() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    kit(context).beforeEachTest(context);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    kit(context).afterEachTest();
  }

  private static IdentityApiContract kit(ExtensionContext context) {
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      if (instance instanceof IdentityApiContract) {
        return (IdentityApiContract) instance;
      }
    }
    throw new IllegalStateException("KitLifecycle is only for subclasses of IdentityApiContract");
  }

  /** One Vert.x instance for every HTTP kit test of the run, closed when the run ends. */
  static Vertx sharedVertx(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(SharedVertx.class, key -> new SharedVertx(), SharedVertx.class).vertx;
  }

  private static final class SharedVertx implements AutoCloseable {
    final Vertx vertx = Vertx.vertx();

    @Override
    public void close() throws java.util.concurrent.ExecutionException, java.util.concurrent.TimeoutException {
      try {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
