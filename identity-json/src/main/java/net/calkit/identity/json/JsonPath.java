package net.calkit.identity.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A location in a JSON document, printed as a JSON path such as {@code $.cronofy.data.profiles[1].profile_id}.
 * Nodes are created per object or array element; scalar paths are made only when an error is reported.
 */
final class JsonPath {
  /** The longest key segment printed; keys come from the body, so they are bounded and escaped. */
  private static final int MAX_SEGMENT = 40;
  /** The longest path printed. */
  private static final int MAX_PATH = 200;

  static final JsonPath ROOT = new JsonPath(null, null, -1);

  private final JsonPath parent;
  private final String key;
  private final int index;

  private JsonPath(JsonPath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  JsonPath key(String name) {
    return new JsonPath(this, name, -1);
  }

  JsonPath index(int position) {
    return new JsonPath(this, null, position);
  }

  @Override
  public String toString() {
    Deque<JsonPath> chain = new ArrayDeque<>();
    for (JsonPath node = this; node != null && node.parent != null; node = node.parent) {
      chain.push(node);
    }
    StringBuilder out = new StringBuilder("$");
    for (JsonPath node : chain) {
      if (node.key != null) {
        appendKey(out, node.key);
      } else {
        out.append('[').append(node.index).append(']');
      }
    }
    return bounded(out);
  }

  /** The path of the parser's current position, for errors raised by the parser itself. */
  static String of(JsonStreamContext context) {
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
    return bounded(out);
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
