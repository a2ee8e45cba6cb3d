/** A downstream application of the library, compiled and run on the module path. */
module net.calkit.identity.examples {
  requires net.calkit.identity.vertx;
  requires net.calkit.identity.testkit;
  requires static org.jspecify;
}
