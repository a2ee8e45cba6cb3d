/**
 * The testkit: contract kits for IdentityApi adapters with a rule catalogue, a loopback Cronofy stub
 * server, and seeded generators.
 */
module net.calkit.identity.testkit {
  requires transitive net.calkit.identity.ports;
  requires transitive net.calkit.identity.json;
  requires transitive net.calkit.identity.fake;
  requires transitive io.vertx.core;
  requires transitive org.junit.jupiter.api;
  requires transitive org.opentest4j;
  requires static org.jspecify;
  requires static io.vertx.codegen.api;
  requires static io.vertx.codegen.json;

  exports net.calkit.identity.testkit;
  exports net.calkit.identity.testkit.stub;
  exports net.calkit.identity.testkit.gen;
  // JUnit discovers and runs the kit's package-private test methods reflectively
  opens net.calkit.identity.testkit to org.junit.platform.commons;
}
