package net.calkit.identity.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Paths into a JSON document, printed as JSON paths such as {@code $.cronofy.data.profiles[1].profile_id}.
 * They are derived from Jackson's parsing context only when an error is reported, so decoding that
 * succeeds builds none.
 */
final class JsonPath {
  /** The longest key segment printed; keys come from the body, so they are bounded and escaped. */
  private static final int MAX_SEGMENT = 40;
  /** The longest path printed. */
  private static final int MAX_PATH = 200;

  private JsonPath() {}

  /** The path of the value the parser is on (on a {@code START_OBJECT} or {@code START_ARRAY}: that value's). */
  static String at(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context.getParent() != null) {
      // Jackson has already entered the new object or array: its location is in the parent
      context = context.getParent();
    }
    return bounded(chain(context));
  }

  /** The path of attribute {@code name} of the object the parser has just closed (it is on its {@code END_OBJECT}). */
  static String member(JsonParser p, String name) {
    StringBuilder out = chain(p.getParsingContext());
    appendKey(out, name);
    return bounded(out);
  }

  /** The path of the parser's current position, for errors raised by the parser itself. */
  static String of(JsonStreamContext context) {
    return bounded(chain(context));
  }

  private static StringBuilder chain(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    StringBuilder out = new StringBuilder("$");
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        out.append('[').append(c.getCurrentIndex()).append(']');
      } else if (c.getCurrentName() != null) {
        appendKey(out, c.getCurrentName());
      }
      if (out.length() > MAX_PATH) {
        break;
      }
    }
    return out;
  }

  private static void appendKey(StringBuilder out, String key) {
    if (isPlain(key)) {
      out.append('.').append(key);
      return;
    }
    out.append("['");
    int limit = Math.min(key.length(), MAX_SEGMENT);
    for (int i = 0; i < limit; i++) {
      char c = key.charAt(i);
      if (c < 0x20 || c > 0x7E || c == '\'' || c == '\\') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (key.length() > limit) {
      out.append("...");
    }
    out.append("']");
  }

  private static boolean isPlain(String key) {
    if (key.isEmpty() || key.length() > MAX_SEGMENT) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
          || c == '.' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String bounded(StringBuilder out) {
    if (out.length() <= MAX_PATH) {
      return out.toString();
    }
    return out.substring(0, MAX_PATH) + "...";
  }
}
