/** The cronofy-identity command-line tool; its only API is {@link net.calkit.identity.cli.Main}. */
module net.calkit.identity.cli {
  requires net.calkit.identity.ports;
  requires net.calkit.identity.json;
  requires net.calkit.identity.vertx;
  requires net.calkit.identity.fake;
  requires net.calkit.identity.testkit;
  requires io.vertx.core;
  requires com.fasterxml.jackson.core;
  requires java.logging;
  requires static org.jspecify;
  requires static io.vertx.codegen.api;
  requires static io.vertx.codegen.json;

  exports net.calkit.identity.cli;
}
