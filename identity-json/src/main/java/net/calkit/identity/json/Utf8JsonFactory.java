package net.calkit.identity.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.IOException;

/**
 * A factory whose byte-array parsers always read UTF-8 with Jackson's byte-based parser, whether or not the
 * builder keeps a table of keys ({@link JsonFactory.Feature#CANONICALIZE_FIELD_NAMES}).
 *
 * <p>Why: Jackson's own bootstrap switches to its character-based parser when the table is off, and that
 * parser turns malformed UTF-8 into U+FFFD without complaint. The byte-based parser with Jackson's
 * placeholder table still checks every byte, keys included. A leading UTF-8 byte order mark is skipped
 * (RFC 8259 section 8.1 allows that); UTF-16 and UTF-32 are not guessed, and fail as invalid UTF-8 or
 * malformed JSON.
 *
 * <p>Only parsers over byte arrays, all the codec creates, are built here: parsers over streams or
 * readers would still take Jackson's bootstrap, and must not be used with the table off.
 */
final class Utf8JsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  Utf8JsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int len, IOContext context) throws IOException {
    // as JsonFactory does before its bootstrap
    _streamReadConstraints.validateDocumentLength(len);
    int bom = startsWithByteOrderMark(data, offset, len) ? 3 : 0;
    return new UTF8StreamJsonParser(context, _parserFeatures, null, _objectCodec,
        _byteSymbolCanonicalizer.makeChildOrPlaceholder(_factoryFeatures), data, offset + bom, offset + len, bom,
        false);
  }

  /** How many keys the table shared by its parsers keeps (for tests). */
  int rememberedKeys() {
    return _byteSymbolCanonicalizer.size();
  }

  private static boolean startsWithByteOrderMark(byte[] data, int offset, int len) {
    return len >= 3 && data[offset] == (byte) 0xEF && data[offset + 1] == (byte) 0xBB
        && data[offset + 2] == (byte) 0xBF;
  }
}
