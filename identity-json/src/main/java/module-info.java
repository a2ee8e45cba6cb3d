/** The Cronofy wire format: a bounded, permissive Jackson streaming codec between JSON and the domain. */
module net.calkit.identity.json {
  requires transitive net.calkit.identity.domain;
  requires com.fasterxml.jackson.core;
  requires static org.jspecify;

  exports net.calkit.identity.json;
}
