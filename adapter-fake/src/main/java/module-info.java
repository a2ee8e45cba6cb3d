/** The in-memory fake Cronofy: a seeded world of accounts, profiles, tokens and scripted faults, and an adapter over it. */
module net.calkit.identity.fake {
  requires transitive net.calkit.identity.ports;
  requires static org.jspecify;

  exports net.calkit.identity.fake;
}
