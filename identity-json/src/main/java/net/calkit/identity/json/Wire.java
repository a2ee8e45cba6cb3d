package net.calkit.identity.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import net.calkit.identity.domain.OpenEnum;

/**
 * Reading helpers over a {@link JsonParser} positioned on a value. The rules: a required attribute of the
 * wrong type fails; an optional scalar of the wrong type (or one the domain refuses) is skipped as absent;
 * an object or array where one is expected must be one (or JSON null, meaning absent).
 */
final class Wire {
  private static final Optional<Boolean> TRUE = Optional.of(Boolean.TRUE);
  private static final Optional<Boolean> FALSE = Optional.of(Boolean.FALSE);

  private Wire() {}

  /** A JSON type name for messages: "string", "number", "boolean", "null", "object", "array". */
  static String typeOf(JsonToken token) {
    if (token == null) {
      return "end of input";
    }
    switch (token) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.name().toLowerCase(Locale.ROOT);
    }
  }

  /** The string at the current token; fails when it is anything else. */
  static String requiredString(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw DecodeFailure.at(p, "expected a string, got " + typeOf(p.currentToken()));
    }
    return p.getText();
  }

  /** A required string turned into a domain value; a refused value fails naming the path. */
  static <T> T requiredValue(JsonParser p, Function<String, T> factory) throws IOException {
    String text = requiredString(p);
    try {
      return factory.apply(text);
    } catch (IllegalArgumentException refused) {
      throw DecodeFailure.at(p, "invalid value: " + refused.getMessage());
    }
  }

  /** The string at the current token; empty for null or any other type (skipped). */
  static Optional<String> optionalString(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return Optional.of(p.getText());
    }
    p.skipChildren();
    return Optional.empty();
  }

  /** An optional string turned into a domain value; empty when absent, of another type, or refused. */
  static <T> Optional<T> optionalValue(JsonParser p, Function<String, T> factory) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      p.skipChildren();
      return Optional.empty();
    }
    try {
      return Optional.of(factory.apply(p.getText()));
    } catch (IllegalArgumentException refused) {
      return Optional.empty();
    }
  }

  /** An optional open-enum value; empty when absent, of another type, or refused. */
  static <T extends OpenEnum> Optional<T> optionalKnown(JsonParser p, KnownValues<T> values) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      p.skipChildren();
      return Optional.empty();
    }
    try {
      return Optional.of(values.read(p));
    } catch (IllegalArgumentException refused) {
      return Optional.empty();
    }
  }

  /** The boolean at the current token; empty for null or any other type (skipped). */
  static Optional<Boolean> optionalBoolean(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return FALSE;
    }
    p.skipChildren();
    return Optional.empty();
  }

  /** Whether an object starts here; false for JSON null (absent); fails for any other type. */
  static boolean objectOrNull(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw DecodeFailure.at(p, "expected an object, got " + typeOf(token));
  }

  /** Whether an array starts here; false for JSON null (absent); fails for any other type. */
  static boolean arrayOrNull(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_ARRAY) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw DecodeFailure.at(p, "expected an array, got " + typeOf(token));
  }

  /** Requires an object at the current token (array elements, required objects). */
  static void requireObject(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw DecodeFailure.at(p, "expected an object, got " + typeOf(p.currentToken()));
    }
  }

  /** Fails for a required attribute {@code name} that the object lacked; the parser is on its {@code END_OBJECT}. */
  static DecodeFailure missing(JsonParser p, String name) {
    return new DecodeFailure(JsonPath.member(p, name) + ": required attribute missing");
  }
}
