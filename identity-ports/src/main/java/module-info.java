/** The driven ports of the Cronofy Identity API and the application service that composes them. */
module net.calkit.identity.ports {
  requires transitive net.calkit.identity.domain;
  requires static org.jspecify;

  exports net.calkit.identity.ports;
  exports net.calkit.identity.client;
}
