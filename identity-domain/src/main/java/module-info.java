/** The Cronofy Identity domain model: values, credentials, errors and pure policies; depends on java.base only. */
module net.calkit.identity.domain {
  requires static org.jspecify;

  exports net.calkit.identity.domain;
  exports net.calkit.identity.domain.credentials;
  exports net.calkit.identity.domain.error;
  exports net.calkit.identity.domain.policy;
  // net.calkit.identity.domain.internal stays unexported
}
