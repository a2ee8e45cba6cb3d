package net.calkit.identity.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.calkit.identity.domain.OpenEnum;

/**
 * Reads an open enum's value. A known value is recognised in the parser's own character buffer and comes
 * back as the type's constant without building a {@code String} or hashing it; anything else goes
 * through the type's {@code of}, exactly as {@code of(p.getText())} would.
 */
final class KnownValues<T extends OpenEnum> {
  private final char[][] raw;
  private final List<T> constants;
  private final Function<String, T> of;

  KnownValues(Iterable<T> known, Function<String, T> of) {
    List<T> list = new ArrayList<>();
    known.forEach(list::add);
    this.constants = List.copyOf(list);
    this.raw = new char[constants.size()][];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = constants.get(i).value().toCharArray();
    }
    this.of = of;
  }

  /** The value of the string token the parser is on. */
  T read(JsonParser p) throws IOException {
    char[] text = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    for (int i = 0; i < raw.length; i++) {
      if (matches(raw[i], text, offset, length)) {
        return constants.get(i);
      }
    }
    return of.apply(p.getText());
  }

  private static boolean matches(char[] known, char[] text, int offset, int length) {
    if (known.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (known[i] != text[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
