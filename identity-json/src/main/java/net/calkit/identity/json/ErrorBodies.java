package net.calkit.identity.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.calkit.identity.domain.error.FieldError;

/**
 * Lenient readers of error bodies: they only ever help to describe a failure, so anything that does not
 * fit is skipped rather than reported.
 */
final class ErrorBodies {
  private ErrorBodies() {}

  /** {@code {"errors": {param: [{key, description}]}}}; entries that are not objects are skipped. */
  static List<FieldError> fieldErrors(JsonParser p) throws IOException {
    List<FieldError> out = new ArrayList<>();
    String key;
    while ((key = p.nextFieldName()) != null) {
      JsonToken token = p.nextToken();
      if (key.equals("errors") && token == JsonToken.START_OBJECT) {
        String parameter;
        while ((parameter = p.nextFieldName()) != null) {
          if (p.nextToken() == JsonToken.START_ARRAY) {
            readEntries(p, parameter, out);
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
    return out;
  }

  private static void readEntries(JsonParser p, String parameter, List<FieldError> out) throws IOException {
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      if (token != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      Optional<String> errorKey = Optional.empty();
      Optional<String> description = Optional.empty();
      String name;
      while ((name = p.nextFieldName()) != null) {
        p.nextToken();
        if (name.equals("key")) {
          errorKey = Wire.optionalString(p);
        } else if (name.equals("description")) {
          description = Wire.optionalString(p);
        } else {
          p.skipChildren();
        }
      }
      out.add(new FieldError(parameter, errorKey, description));
    }
  }

  /** {@code {"error": code}}: the code when it is a non-empty string. */
  static Optional<String> oauthError(JsonParser p) throws IOException {
    Optional<String> error = Optional.empty();
    String key;
    while ((key = p.nextFieldName()) != null) {
      p.nextToken();
      if (key.equals("error")) {
        error = Wire.optionalString(p).filter(code -> !code.isEmpty());
      } else {
        p.skipChildren();
      }
    }
    return error;
  }
}
