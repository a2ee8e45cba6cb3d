package net.calkit.identity.cli;

import java.util.Optional;
import net.calkit.identity.client.Scheduler;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.ports.IdentityApi;

/**
 * The adapter for one run, and in demo mode the stub server behind it; {@link #close()} releases both
 * promptly. Opening one sends no request.
 */
interface Transport extends AutoCloseable {

  /** The adapter calls go through. */
  IdentityApi api();

  /** In demo mode, the demo world's credentials; empty for a real run. */
  Optional<DemoAccess> demoAccess();

  /** Runs the library's backoff waits and deadlines. */
  default Scheduler scheduler() {
    return Scheduler.systemDefault();
  }

  /** Releases the adapter and the server; never throws. */
  @Override
  void close();

  /**
   * The credentials of the demo world's account.
   *
   * @param tokens its tokens
   * @param client the client credentials that let the demo refresh them
   */
  record DemoAccess(TokenSet tokens, Optional<ClientCredentials> client) {}

  /** Opens transports; the real one is Vert.x, tests may substitute their own. */
  @FunctionalInterface
  interface Factory {
    /** Opens the transport for {@code settings}: the demo server when {@link Settings#demo()}. */
    Transport open(Settings settings) throws TransportUnavailableException;
  }

  /** The transport could not be opened (for example the demo server could not bind to loopback). */
  final class TransportUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    TransportUnavailableException(String message, Throwable cause) {
      super(message, cause, false, false);
    }
  }
}
