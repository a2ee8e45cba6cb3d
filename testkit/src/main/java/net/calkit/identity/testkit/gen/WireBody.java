package net.calkit.identity.testkit.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.calkit.identity.testkit.internal.JsonText;

/**
 * The wire body of one value, as the API could send it: the documented keys in any order, absent
 * optional attributes omitted or {@code null}, and unknown attributes of every JSON type at every level
 * (including nested objects that reuse documented key names). Also gives broken variants. The variants
 * draw from the generator that made this body, so they are reproducible from its seed.
 */
public final class WireBody {
  private final IdentityGen gen;
  private final Map<String, Object> tree;

  WireBody(IdentityGen gen, Map<String, Object> tree) {
    this.gen = gen;
    this.tree = tree;
  }

  /** The valid JSON body, UTF-8. */
  public byte[] json() {
    return JsonText.bytes(tree);
  }

  /** The valid JSON body as text. */
  public String text() {
    return JsonText.write(tree);
  }

  /** The body cut at a random point before its end: never valid JSON. */
  public byte[] truncated() {
    byte[] json = json();
    int cut = gen.nextInt(json.length - 1) + 1;
    byte[] out = new byte[cut];
    System.arraycopy(json, 0, out, 0, cut);
    return out;
  }

  /** The body with one to three random bytes replaced by random bytes (possibly still valid JSON). */
  public byte[] mutated() {
    byte[] json = json();
    int count = 1 + gen.nextInt(3);
    for (int i = 0; i < count; i++) {
      json[gen.nextInt(json.length)] = (byte) gen.nextInt(256);
    }
    return json;
  }

  /**
   * The body with one documented attribute's value replaced by a value of another JSON type (a string
   * for a boolean, an array for an object, and so on). Required attributes make the body invalid;
   * optional scalars may be skipped by a permissive reader.
   */
  public byte[] withWrongType() {
    List<Slot> slots = new ArrayList<>();
    collect(tree, slots);
    if (slots.isEmpty()) {
      return "[]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    Map<String, Object> copy = deepCopy(tree);
    List<Slot> copySlots = new ArrayList<>();
    collect(copy, copySlots);
    Slot slot = copySlots.get(gen.nextInt(copySlots.size()));
    slot.owner.put(slot.key, wrongTypeFor(slot.owner.get(slot.key)));
    return JsonText.bytes(copy);
  }

  private Object wrongTypeFor(Object value) {
    if (value instanceof String) {
      return gen.chance(0.5) ? (Object) 42L : List.of(value);
    }
    if (value instanceof Boolean) {
      return gen.chance(0.5) ? (Object) String.valueOf(value) : (Object) 1L;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Double) {
      return String.valueOf(value);
    }
    if (value instanceof Map) {
      return List.of(value);
    }
    if (value instanceof List) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("0", value);
      return object;
    }
    return "null";
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object node, List<Slot> slots) {
    if (node instanceof Map) {
      Map<String, Object> map = (Map<String, Object>) node;
      for (Map.Entry<String, Object> entry : map.entrySet()) {
        if (WireTrees.KNOWN_KEYS.contains(entry.getKey())) {
          if (entry.getValue() != JsonText.NULL) {
            slots.add(new Slot(map, entry.getKey()));
          }
          collect(entry.getValue(), slots);
        }
      }
    } else if (node instanceof List) {
      for (Object element : (List<Object>) node) {
        collect(element, slots);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T deepCopy(T node) {
    if (node instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) node).forEach((k, v) -> copy.put(k, deepCopy(v)));
      return (T) copy;
    }
    if (node instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) node).forEach(v -> copy.add(deepCopy(v)));
      return (T) copy;
    }
    return node;
  }

  private static final class Slot {
    final Map<String, Object> owner;
    final String key;

    Slot(Map<String, Object> owner, String key) {
      this.owner = owner;
      this.key = key;
    }
  }

  /** The size only: bodies may carry (generated) tokens, which are never printed. */
  @Override
  public String toString() {
    return "WireBody[" + json().length + " bytes]";
  }
}
