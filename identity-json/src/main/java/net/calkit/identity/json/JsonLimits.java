package net.calkit.identity.json;

/**
 * Bounds on what the codec reads, so a hostile or broken body cannot exhaust memory or the stack.
 *
 * @param maxBodyBytes the largest body, in bytes
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number literal, in characters
 */
public record JsonLimits(int maxBodyBytes, int maxDepth, int maxStringLength, int maxNumberLength) {
  /** Default largest body = 8 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
  /** Default deepest nesting = 64 (the API's bodies nest 5 deep). */
  public static final int DEFAULT_MAX_DEPTH = 64;
  /** Default longest string = 1 MiB characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
  /** Default longest number = 100 characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** The defaults above. */
  public static final JsonLimits DEFAULT =
      new JsonLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NUMBER_LENGTH);

  /** Rejects non-positive limits. */
  public JsonLimits {
    if (maxBodyBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxNumberLength < 1) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /**
   * The most JSON tokens a body may have: one per 8 bytes of {@link #maxBodyBytes} (at least 1,024). The
   * API's bodies, compact, have one per 11.5 to 15 bytes; short values can bring a valid one near 9.
   * Parsing costs about the same per token whatever the token, so this bounds the work per body: a body of
   * nothing but brackets, one-digit numbers or short distinct keys stops after at most 1.5 times the tokens
   * of a dense real body of the largest size, instead of costing 8 to 16 times more per byte.
   */
  public long maxTokens() {
    return Math.max(1024, maxBodyBytes / 8);
  }

  /** A copy with another body size limit. */
  public JsonLimits withMaxBodyBytes(int bytes) {
    return new JsonLimits(bytes, maxDepth, maxStringLength, maxNumberLength);
  }
}
