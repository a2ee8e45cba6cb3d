package net.calkit.identity.reliability;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures every java.util.logging record (Vert.x and Netty log through JUL here) and everything written
 * to {@link System#err} while open, so tests can assert that no secret and no blocked-thread warning
 * was logged. The records are formatted with their stack traces, as a console handler would print them.
 */
final class LogCapture implements AutoCloseable {
  /** The JUL logger of Vert.x's blocked-thread checker. */
  static final String BLOCKED_THREAD_LOGGER = "io.vertx.core.impl.BlockedThreadChecker";

  private final Logger root = Logger.getLogger("");
  private final Logger library = Logger.getLogger("net.calkit");
  private final Level previousLibraryLevel;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final List<String> blockedThreadWarnings = new CopyOnWriteArrayList<>();
  private final CompletableFuture<String> firstBlockedThreadWarning = new CompletableFuture<>();
  private final Handler handler;
  private final PrintStream previousErr;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private LogCapture() {
    SimpleFormatter formatter = new SimpleFormatter();
    handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        String line = formatter.format(record);
        lines.add(line);
        if (BLOCKED_THREAD_LOGGER.equals(record.getLoggerName())) {
          blockedThreadWarnings.add(line);
          firstBlockedThreadWarning.complete(line);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    handler.setLevel(Level.ALL);
    root.addHandler(handler);
    // the library's own records at every level; everyone else's at their configured levels
    previousLibraryLevel = library.getLevel();
    library.setLevel(Level.ALL);
    previousErr = System.err;
    OutputStream tee = new OutputStream() {
      @Override
      public void write(int b) {
        synchronized (err) {
          err.write(b);
        }
        previousErr.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        synchronized (err) {
          err.write(b, off, len);
        }
        previousErr.write(b, off, len);
      }
    };
    System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
  }

  /** Starts capturing. */
  static LogCapture start() {
    return new LogCapture();
  }

  /** Every formatted record so far. */
  List<String> records() {
    return List.copyOf(lines);
  }

  /** The blocked-thread warnings so far. */
  List<String> blockedThreadWarnings() {
    return List.copyOf(blockedThreadWarnings);
  }

  /** Completes with the first blocked-thread warning. */
  CompletableFuture<String> firstBlockedThreadWarning() {
    return firstBlockedThreadWarning;
  }

  /** Everything written to System.err so far. */
  String stderr() {
    synchronized (err) {
      return err.toString(StandardCharsets.UTF_8);
    }
  }

  /** Records and stderr, for secret scans. */
  String everything() {
    return String.join("", lines) + stderr();
  }

  @Override
  public void close() {
    System.setErr(previousErr);
    root.removeHandler(handler);
    library.setLevel(previousLibraryLevel);
  }
}
