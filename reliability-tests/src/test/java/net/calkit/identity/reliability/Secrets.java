package net.calkit.identity.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.IdentityException;

/**
 * The secrets a test handed out, and checks that none of them shows up where people can read it. Plain
 * Java, no AssertJ: the load test runs these checks on event loops.
 */
final class Secrets {
  private final List<String> values = new CopyOnWriteArrayList<>();

  /** Remembers a raw secret value. */
  Secrets add(String secret) {
    values.add(secret);
    return this;
  }

  /** Remembers both tokens of a set. */
  Secrets add(TokenSet tokens) {
    values.add(tokens.accessToken().value());
    tokens.refreshToken().ifPresent(token -> values.add(token.value()));
    return this;
  }

  /** Remembers the client secret. */
  Secrets add(ClientCredentials client) {
    values.add(client.clientSecret().value());
    return this;
  }

  /** Every remembered value. */
  List<String> values() {
    return List.copyOf(values);
  }

  /** Fails if {@code text} contains any remembered secret; {@code where} names the text, never the secret. */
  void assertAbsentFrom(String where, String text) {
    for (int i = 0; i < values.size(); i++) {
      if (text.contains(values.get(i))) {
        throw new AssertionError("secret #" + i + " (length " + values.get(i).length() + ") appears in " + where);
      }
    }
  }

  /**
   * Fails if a secret appears in the message, {@code toString()} or stack trace text of {@code failure}
   * or any of its causes and suppressed exceptions, or if an excerpt is over its bound.
   */
  void assertAbsentFrom(Throwable failure) {
    for (Throwable t : chain(failure)) {
      assertAbsentFrom("the message of " + t.getClass().getName(), String.valueOf(t.getMessage()));
      assertAbsentFrom("the toString() of " + t.getClass().getName(), t.toString());
      assertAbsentFrom("the localized message of " + t.getClass().getName(), String.valueOf(t.getLocalizedMessage()));
      if (t instanceof IdentityException) {
        IdentityException e = (IdentityException) t;
        int length = e.bodyExcerpt().map(String::length).orElse(0);
        if (length > HostileBodiesTest.MAX_EXCERPT) {
          throw new AssertionError("a body excerpt of " + length + " characters, over " + HostileBodiesTest.MAX_EXCERPT);
        }
      }
    }
  }

  /** {@code failure}, its causes and suppressed exceptions, each once. */
  static List<Throwable> chain(Throwable failure) {
    List<Throwable> out = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> todo = new ArrayList<>(List.of(failure));
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(todo.size() - 1);
      if (t == null || !seen.add(t)) {
        continue;
      }
      out.add(t);
      todo.add(t.getCause());
      todo.addAll(List.of(t.getSuppressed()));
    }
    return out;
  }
}
