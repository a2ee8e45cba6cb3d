package net.calkit.identity.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The attribute names of one kind of object, in the order Cronofy sends them. Reading the next name
 * through it first compares the input bytes with the name expected next
 * ({@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}), which skips the
 * parser's symbol-table lookup for a body in the documented order; any other order, and unknown keys,
 * take the ordinary lookup. Either way a known name comes back as this order's own instance, and any other
 * as {@link #UNKNOWN}: only the speed depends on the order.
 */
final class KeyOrder {
  /** What {@link #next} returns for a key the order does not name; no attribute is called this. */
  static final String UNKNOWN = "\u0000unknown key";

  private final String[] names;
  private final SerializedString[] quoted;
  /** Whether some name has the index's length: most unknown keys are told apart by length alone. */
  private final boolean[] lengths;

  KeyOrder(String... names) {
    this.names = names.clone();
    this.quoted = new SerializedString[names.length];
    int longest = 0;
    for (int i = 0; i < names.length; i++) {
      quoted[i] = new SerializedString(names[i]);
      longest = Math.max(longest, names[i].length());
    }
    this.lengths = new boolean[longest + 1];
    for (String name : names) {
      lengths[name.length()] = true;
    }
  }

  /**
   * Moves to the next attribute of the object being read and returns its name, or null at the object's
   * end; {@code expected} is what {@link #following} returned for the previous name (0 for the first).
   * A name of this order comes back as this order's own instance, any other as {@link #UNKNOWN}, so that
   * an unknown key costs neither a hash of it nor a second search.
   */
  @Nullable String next(JsonParser p, int expected) throws IOException {
    @Nullable String name;
    if (expected < names.length) {
      if (p.nextFieldName(quoted[expected])) {
        return names[expected];
      }
      name = p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
    } else {
      name = p.nextFieldName();
    }
    if (name == null) {
      return null;
    }
    if (name.length() >= lengths.length || !lengths[name.length()]) {
      return UNKNOWN;
    }
    for (String known : names) {
      if (known.equals(name)) {
        return known;
      }
    }
    return UNKNOWN;
  }

  /** The position to expect after {@code key}, a name {@link #next} returned: the one after it in this order. */
  int following(String key, int expected) {
    if (key == UNKNOWN) {
      return expected;
    }
    for (int i = expected; i < names.length; i++) {
      if (names[i] == key) {
        return i + 1;
      }
    }
    for (int i = 0; i < expected; i++) {
      if (names[i] == key) {
        return i + 1;
      }
    }
    return expected;
  }
}
