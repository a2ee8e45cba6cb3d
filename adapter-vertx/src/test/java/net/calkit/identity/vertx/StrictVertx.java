package net.calkit.identity.vertx;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A Vert.x instance that reports what must never happen in the adapter: an event loop blocked longer
 * than {@link #MAX_EVENT_LOOP_MILLIS} (Vert.x's blocked-thread checker, captured from its JUL logger) and
 * exceptions nobody handled (such as a late "Promise already completed"). {@link #assertClean()} fails on
 * either.
 */
final class StrictVertx implements AutoCloseable {
  /**
   * The longest an event-loop task may run before the checker warns: 2 s. The checker measures wall
   * time, so a loop waiting for a core counts as blocked: on a shared 2-core build machine (load average 16
   * measured) descheduling alone stalled a 200-byte JSON parse for 82 ms, and with the JVM on a third of a
   * core and the coverage agent a task of {@code poolRecoversAfterCancellation} was reported at 280 ms,
   * failing the test at the former 250 ms. A blocking wait on an event loop (a join on a stage the same
   * loop must complete) never ends by itself and shows up at any threshold;
   * {@code BlockedThreadDetectorTest} proves the capture works.
   */
  static final long MAX_EVENT_LOOP_MILLIS = 2000;
  /** The checker's logger in Vert.x 5.0 (the class moved, the logger name did not). */
  static final String CHECKER_LOGGER = "io.vertx.core.impl.BlockedThreadChecker";

  final Vertx vertx;
  final List<String> blockedWarnings = new CopyOnWriteArrayList<>();
  final List<Throwable> unhandled = new CopyOnWriteArrayList<>();
  private final Logger checkerLogger = Logger.getLogger(CHECKER_LOGGER);
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      StringBuilder warning = new StringBuilder(String.valueOf(record.getMessage()));
      if (record.getThrown() != null) {
        for (StackTraceElement frame : record.getThrown().getStackTrace()) {
          warning.append("\n    at ").append(frame);
        }
      }
      blockedWarnings.add(warning.toString());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  StrictVertx() {
    checkerLogger.addHandler(capture);
    vertx = Vertx.vertx(new VertxOptions()
        .setEventLoopPoolSize(2)
        .setBlockedThreadCheckInterval(100)
        .setBlockedThreadCheckIntervalUnit(MILLISECONDS)
        .setMaxEventLoopExecuteTime(MAX_EVENT_LOOP_MILLIS)
        .setMaxEventLoopExecuteTimeUnit(MILLISECONDS)
        .setWarningExceptionTime(MAX_EVENT_LOOP_MILLIS)
        .setWarningExceptionTimeUnit(MILLISECONDS));
    vertx.exceptionHandler(unhandled::add);
  }

  /** Fails if an event loop was blocked or an exception went unhandled since the last call. */
  void assertClean() {
    try {
      assertThat(blockedWarnings).as("blocked-thread warnings of Vert.x").isEmpty();
      assertThat(unhandled).as("exceptions nobody handled on the Vert.x instance").isEmpty();
    } finally {
      blockedWarnings.clear();
      unhandled.clear();
    }
  }

  @Override
  public void close() {
    try {
      vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, SECONDS).join();
    } finally {
      checkerLogger.removeHandler(capture);
    }
  }
}
