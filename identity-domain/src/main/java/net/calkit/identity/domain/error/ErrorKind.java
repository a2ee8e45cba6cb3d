package net.calkit.identity.domain.error;

/** The meaning of an {@link IdentityException}, one constant per subtype, for switches and exit codes. */
public enum ErrorKind {
  /** 401: the access token is not recognized. */
  UNAUTHORIZED("unauthorized"),
  /** 400 {@code invalid_grant}: the refresh token is unknown or revoked. */
  INVALID_GRANT("invalid grant"),
  /** 402: the plan lacks the feature. */
  PAYMENT_REQUIRED("payment required"),
  /** 403: the token lacks the scope. */
  INSUFFICIENT_SCOPE("insufficient scope"),
  /** 404: no such resource. */
  NOT_FOUND("not found"),
  /** 423: the account is locked. */
  LOCKED("locked"),
  /** 422, or a 400 other than {@code invalid_grant}: the request's parameters were refused. */
  INVALID_REQUEST("invalid request"),
  /** 429: rate limited. */
  RATE_LIMITED("rate limited"),
  /** 5xx: the server failed. */
  SERVER_ERROR("server error"),
  /** Any status without a documented meaning, including every 3xx. */
  UNEXPECTED_STATUS("unexpected status"),
  /** A 2xx whose body is not what the API documents: malformed, non-JSON, wrong shape or too large. */
  INVALID_RESPONSE("invalid response"),
  /** The connection failed: refused, reset, TLS failure, or the client refused to queue the request. */
  TRANSPORT_FAILURE("transport failure"),
  /** An attempt or the whole call ran out of time. */
  TIMEOUT("timeout"),
  /** A refresh succeeded but the token store failed to keep the rotated tokens. */
  TOKEN_STORE_FAILURE("token store failure");

  private final String label;

  ErrorKind(String label) {
    this.label = label;
  }

  /** A short human label such as "rate limited". */
  public String label() {
    return label;
  }
}
