package net.calkit.identity.vertx.internal;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import net.calkit.identity.domain.error.IdentityException;
import net.calkit.identity.domain.error.TransportException;
import org.jspecify.annotations.Nullable;

/**
 * Turns what Vert.x and Netty fail with into a {@link TransportException} with a safe message. The
 * messages of these causes name hosts and ports at most; request headers (the token) never reach them.
 */
public final class Failures {
  private Failures() {}

  /**
   * The domain error for {@code failure}.
   *
   * @param phase what the exchange was doing, such as "before the response" (for the message)
   * @param settings the numbers to quote: the wait queue size and the pool acquire timeout
   */
  public static IdentityException transport(Throwable failure, String phase, Settings settings) {
    if (failure instanceof IdentityException) {
      return (IdentityException) failure;
    }
    if (failure instanceof ConnectionPoolTooBusyException) {
      return new TransportException("wait queue full: " + settings.maxWaitQueueSize()
          + " requests are already waiting for a connection", failure);
    }
    if (failure instanceof TimeoutException) {
      return new TransportException("no connection obtained from the pool within "
          + settings.poolAcquireTimeoutMillis() + " ms", failure);
    }
    SSLException tls = find(failure, SSLException.class);
    if (tls != null) {
      return new TransportException("TLS failure " + phase + ": " + describe(tls), failure);
    }
    if (failure instanceof ConnectException) {
      return new TransportException("could not connect: " + describe(failure), failure);
    }
    if (failure instanceof HttpClosedException) {
      return new TransportException("connection closed " + phase, failure);
    }
    if (failure instanceof StreamResetException) {
      return new TransportException("stream reset " + phase, failure);
    }
    if (failure instanceof IOException) {
      return new TransportException("I/O failure " + phase + ": " + describe(failure), failure);
    }
    return new TransportException("transport failure " + phase + ": " + describe(failure), failure);
  }

  private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
    @Nullable Throwable current = failure;
    for (int depth = 0; current != null && depth < 8; depth++) {
      if (type.isInstance(current)) {
        return type.cast(current);
      }
      current = current.getCause();
    }
    return null;
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank()
        ? failure.getClass().getSimpleName()
        : failure.getClass().getSimpleName() + ": " + message;
  }

  /**
   * The settings a failure message quotes.
   *
   * @param maxWaitQueueSize the wait queue bound
   * @param poolAcquireTimeoutMillis the pool acquire timeout
   */
  public record Settings(int maxWaitQueueSize, long poolAcquireTimeoutMillis) {}
}
