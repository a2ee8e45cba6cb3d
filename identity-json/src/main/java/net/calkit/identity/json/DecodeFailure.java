package net.calkit.identity.json;

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

  static DecodeFailure at(JsonPath path, String what) {
    return new DecodeFailure(path + ": " + what);
  }
}
