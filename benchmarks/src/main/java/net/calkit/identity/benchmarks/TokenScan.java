package net.calkit.identity.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The floor: a Jackson streaming pass over the same bytes that decodes every token, names, strings and
 * numbers included, into the parser's own buffers, and builds nothing (no {@code String}, no object).
 * Any decoder that builds a model does at least this much work.
 */
final class TokenScan {
  private static final JsonFactory JSON = new JsonFactory();

  private TokenScan() {}

  /** A checksum of the token stream, so the JIT cannot skip the decoding. */
  static long scan(byte[] body) {
    long sum = 0;
    try (JsonParser parser = JSON.createParser(body)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case VALUE_STRING:
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            // getTextCharacters forces the lazy UTF-8 decoding without allocating a String
            char[] chars = parser.getTextCharacters();
            int length = parser.getTextLength();
            sum += length + (length == 0 ? 0 : chars[parser.getTextOffset()]);
            break;
          default:
            sum += token.id();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sum;
  }
}
