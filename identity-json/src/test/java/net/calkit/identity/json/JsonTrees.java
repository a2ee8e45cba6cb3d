package net.calkit.identity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON tree built with jackson-core alone, for semantic comparison in tests: objects become
 * {@link LinkedHashMap}s (equality ignores key order), arrays lists, numbers BigInteger/BigDecimal, null
 * the {@link #NULL} marker.
 */
final class JsonTrees {
  /** JSON null. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonTrees() {}

  static Object parse(byte[] body) {
    try (JsonParser p = FACTORY.createParser(body)) {
      p.nextToken();
      Object value = read(p);
      assertThat(p.nextToken()).as("one JSON value").isNull();
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The keys of the root object, in document order. */
  @SuppressWarnings("unchecked")
  static List<String> keys(byte[] body) {
    return new ArrayList<>(((Map<String, Object>) parse(body)).keySet());
  }

  static void assertSameJson(byte[] actual, byte[] expected) {
    assertThat(parse(actual)).as("JSON of %s", Bodies.text(actual)).isEqualTo(parse(expected));
  }

  private static Object read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        String key;
        while ((key = p.nextFieldName()) != null) {
          p.nextToken();
          map.put(key, read(p));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(p));
        }
        return list;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getBigIntegerValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue().stripTrailingZeros();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return NULL;
      default:
        throw new IllegalStateException("unexpected " + token);
    }
  }
}
