package net.calkit.identity.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.ports.TokenStore;

/**
 * A {@link TokenStore} for tests: records every save, and fails the next saves when told to. Thread-safe;
 * saves complete before {@link #save} returns.
 */
public final class FakeTokenStore implements TokenStore {
  private final ConcurrentLinkedQueue<Saved> saved = new ConcurrentLinkedQueue<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();

  /**
   * One save.
   *
   * @param key the authorization's name
   * @param tokens the stored set (its {@code toString()} is redacted)
   */
  public record Saved(String key, TokenSet tokens) {
    /** Rejects null components. */
    public Saved {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(tokens, "tokens == null");
    }
  }

  /** An empty store that never fails. */
  public FakeTokenStore() {}

  @Override
  public CompletionStage<Void> save(String key, TokenSet tokens) {
    if (key == null || tokens == null) {
      return CompletableFuture.failedFuture(new NullPointerException(key == null ? "key == null" : "tokens == null"));
    }
    if (failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
      return CompletableFuture.failedFuture(new UncheckedIOException(new IOException("scripted token store failure")));
    }
    saved.add(new Saved(key, tokens));
    return CompletableFuture.completedFuture(null);
  }

  /** Fails the next {@code times} saves with an {@link UncheckedIOException} (nothing is stored). */
  public void failNext(int times) {
    if (times < 0) {
      throw new IllegalArgumentException("times must not be negative: " + times);
    }
    failuresLeft.set(times);
  }

  /** Every successful save, oldest first. */
  public List<Saved> saved() {
    return List.copyOf(saved);
  }

  /** The latest set saved under {@code key}. */
  public Optional<TokenSet> latest(String key) {
    Objects.requireNonNull(key, "key == null");
    TokenSet latest = null;
    for (Saved s : saved) {
      if (s.key().equals(key)) {
        latest = s.tokens();
      }
    }
    return Optional.ofNullable(latest);
  }

  @Override
  public String toString() {
    return "FakeTokenStore[saved=" + saved.size() + "]";
  }
}
