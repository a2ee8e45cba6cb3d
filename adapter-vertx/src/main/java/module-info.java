/** The Vert.x 5 HTTP adapter for the Cronofy Identity API ports. */
module net.calkit.identity.vertx {
  requires transitive net.calkit.identity.ports;
  requires transitive net.calkit.identity.json;
  requires transitive io.vertx.core;
  requires static io.vertx.codegen.api;
  requires static org.jspecify;

  exports net.calkit.identity.vertx;
  // net.calkit.identity.vertx.internal stays unexported
}
