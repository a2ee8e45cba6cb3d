/** The cronofy-identity command-line tool; its only API is {@link net.calkit.identity.cli.Main}. */
module net.calkit.identity.cli {
  requires net.calkit.identity.ports;
  requires net.calkit.identity.json;
  requires com.fasterxml.jackson.core;
  requires java.logging;
  requires static org.jspecify;

  exports net.calkit.identity.cli;
}
