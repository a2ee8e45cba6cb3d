package net.calkit.identity.json;

import com.fasterxml.jackson.core.JsonParser;

/**
 * A decoding problem found by the codec itself: carries the reason (what and where) up to the entry point,
 * which turns it into an {@link net.calkit.identity.domain.error.InvalidResponseException}. No stack trace:
 * it never leaves the package.
 */
final class DecodeFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DecodeFailure(String reason) {
    super(reason, null, false, false);
  }

  /** A failure at the value the parser is on; the path is worked out only now, from the parser. */
  static DecodeFailure at(JsonParser p, String what) {
    return new DecodeFailure(JsonPath.at(p) + ": " + what);
  }
}
