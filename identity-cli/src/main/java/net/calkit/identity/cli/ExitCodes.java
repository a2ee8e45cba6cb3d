package net.calkit.identity.cli;

import net.calkit.identity.domain.error.ErrorKind;

/** The tool's exit codes; the README's table lists the same. */
final class ExitCodes {
  static final int OK = 0;
  /** A failure that is a bug in the tool, not an API answer. */
  static final int INTERNAL = 1;
  static final int USAGE = 2;
  static final int UNAUTHORIZED = 3;
  static final int INSUFFICIENT_SCOPE = 4;
  static final int RATE_LIMITED = 5;
  static final int SERVER_ERROR = 6;
  static final int TRANSPORT = 7;
  static final int INVALID_RESPONSE = 8;
  static final int NOT_FOUND = 9;
  static final int OTHER_API_ERROR = 10;

  private ExitCodes() {}

  /** The exit code of a failed call. */
  static int of(ErrorKind kind) {
    switch (kind) {
      case UNAUTHORIZED:
      case INVALID_GRANT:
        return UNAUTHORIZED;
      case INSUFFICIENT_SCOPE:
        return INSUFFICIENT_SCOPE;
      case RATE_LIMITED:
        return RATE_LIMITED;
      case SERVER_ERROR:
        return SERVER_ERROR;
      case TRANSPORT_FAILURE:
      case TIMEOUT:
        return TRANSPORT;
      case INVALID_RESPONSE:
        return INVALID_RESPONSE;
      case NOT_FOUND:
        return NOT_FOUND;
      case PAYMENT_REQUIRED:
      case INVALID_REQUEST:
      case LOCKED:
      case UNEXPECTED_STATUS:
      case TOKEN_STORE_FAILURE:
      default:
        return OTHER_API_ERROR;
    }
  }
}
