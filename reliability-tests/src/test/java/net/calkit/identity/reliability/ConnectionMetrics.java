package net.calkit.identity.reliability;

import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.VertxMetricsFactory;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.core.spi.metrics.HttpClientMetrics;
import io.vertx.core.spi.metrics.HttpServerMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;
import io.vertx.core.spi.observability.HttpRequest;
import io.vertx.core.spi.observability.HttpResponse;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts, through the Vert.x metrics SPI, the TCP connections HTTP clients and servers hold open and the
 * client requests in flight, so that a test can wait (on a future, never by sleeping) for a pool to go
 * idle. One instance serves as the metrics factory of one or more Vert.x instances.
 */
final class ConnectionMetrics implements VertxMetricsFactory {
  private final AtomicInteger clientConnections = new AtomicInteger();
  private final AtomicLong clientConnectionsOpened = new AtomicLong();
  private final AtomicInteger serverConnections = new AtomicInteger();
  private final AtomicLong serverConnectionsOpened = new AtomicLong();
  private final Set<Object> requestsInFlight = ConcurrentHashMap.newKeySet();
  private final AtomicLong requestsBegun = new AtomicLong();
  private final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();

  @Override
  public VertxMetrics metrics(VertxOptions options) {
    return new VertxMetrics() {
      @Override
      public HttpClientMetrics<?, ?, ?> createHttpClientMetrics(HttpClientOptions clientOptions) {
        return new ClientSide();
      }

      @Override
      public HttpServerMetrics<?, ?, ?> createHttpServerMetrics(HttpServerOptions serverOptions,
          SocketAddress localAddress) {
        return new ServerSide();
      }
    };
  }

  /** Client connections open now. */
  int clientConnections() {
    return clientConnections.get();
  }

  /** Client connections opened since the start. */
  long clientConnectionsOpened() {
    return clientConnectionsOpened.get();
  }

  /** Server connections open now. */
  int serverConnections() {
    return serverConnections.get();
  }

  /** Server connections accepted since the start. */
  long serverConnectionsOpened() {
    return serverConnectionsOpened.get();
  }

  /** Client requests begun and neither answered to the end nor reset. */
  int requestsInFlight() {
    return requestsInFlight.size();
  }

  /** Client requests begun since the start. */
  long requestsBegun() {
    return requestsBegun.get();
  }

  /** Completes once no client or server connection is open and no client request is in flight. */
  CompletableFuture<Void> whenIdle() {
    Waiter waiter = new Waiter();
    waiters.add(waiter);
    check();
    return waiter.future;
  }

  /** Completes once no client request is in flight (connections may stay pooled). */
  CompletableFuture<Void> whenNoRequestInFlight() {
    Waiter waiter = new Waiter(true);
    waiters.add(waiter);
    check();
    return waiter.future;
  }

  private void check() {
    boolean noRequests = requestsInFlight.isEmpty();
    boolean idle = noRequests && clientConnections.get() == 0 && serverConnections.get() == 0;
    for (Waiter waiter : waiters) {
      if (waiter.requestsOnly ? noRequests : idle) {
        waiters.remove(waiter);
        waiter.future.complete(null);
      }
    }
  }

  @Override
  public String toString() {
    return "ConnectionMetrics[client connections open=" + clientConnections + " (opened " + clientConnectionsOpened
        + "), server connections open=" + serverConnections + " (accepted " + serverConnectionsOpened
        + "), requests in flight=" + requestsInFlight.size() + " (begun " + requestsBegun + ")]";
  }

  private static final class Waiter {
    final boolean requestsOnly;
    final CompletableFuture<Void> future = new CompletableFuture<>();

    Waiter() {
      this(false);
    }

    Waiter(boolean requestsOnly) {
      this.requestsOnly = requestsOnly;
    }
  }

  private final class ClientSide implements HttpClientMetrics<Object, Object, Object> {
    @Override
    public Object connected(SocketAddress remoteAddress, String remoteName) {
      clientConnections.incrementAndGet();
      clientConnectionsOpened.incrementAndGet();
      return new Object();
    }

    @Override
    public void disconnected(Object socketMetric, SocketAddress remoteAddress) {
      clientConnections.decrementAndGet();
      check();
    }

    @Override
    public ClientMetrics<Object, HttpRequest, HttpResponse> createEndpointMetrics(SocketAddress remoteAddress,
        int maxPoolSize) {
      return new ClientMetrics<>() {
        @Override
        public Object requestBegin(String uri, HttpRequest request) {
          Object marker = new Object();
          requestsBegun.incrementAndGet();
          requestsInFlight.add(marker);
          return marker;
        }

        @Override
        public void responseEnd(Object requestMetric, long bytesRead) {
          ended(requestMetric);
        }

        @Override
        public void responseEnd(Object requestMetric) {
          ended(requestMetric);
        }

        @Override
        public void requestReset(Object requestMetric) {
          ended(requestMetric);
        }

        private void ended(Object requestMetric) {
          if (requestMetric != null) {
            requestsInFlight.remove(requestMetric);
            check();
          }
        }
      };
    }
  }

  private final class ServerSide implements HttpServerMetrics<Object, Object, Object> {
    @Override
    public Object connected(SocketAddress remoteAddress, String remoteName) {
      serverConnections.incrementAndGet();
      serverConnectionsOpened.incrementAndGet();
      return new Object();
    }

    @Override
    public void disconnected(Object socketMetric, SocketAddress remoteAddress) {
      serverConnections.decrementAndGet();
      check();
    }
  }
}
