package net.calkit.identity.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test bodies: class-path resources and inline JSON. */
final class Bodies {
  private Bodies() {}

  /** A documented example from {@code cronofy-examples/}. */
  static byte[] example(String name) {
    return resource("cronofy-examples/" + name);
  }

  /** A class-path resource's bytes. */
  static byte[] resource(String path) {
    try (InputStream in = Bodies.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** UTF-8 bytes of a JSON text written with single quotes for readability ({@code '} becomes {@code "}). */
  static byte[] json(String singleQuoted) {
    return singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
  }

  static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}
