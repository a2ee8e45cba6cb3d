package net.calkit.identity.cli;

/** Placeholder until adapter-vertx and the testkit's stub server are merged. */
final class VertxTransport {
  private VertxTransport() {}

  static Transport open(Settings settings) throws Transport.TransportUnavailableException {
    throw new Transport.TransportUnavailableException("the Vert.x adapter is not built yet", null);
  }
}
