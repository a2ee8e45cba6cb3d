package net.calkit.identity.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.ports.TokenStore;

/** A {@link TokenStore} that records every save and answers as told (by default: stored at once). */
final class RecordingTokenStore implements TokenStore {
  /** One save. */
  record Save(String key, TokenSet tokens) {}

  private final List<Save> saves = new ArrayList<>();
  private volatile Function<TokenSet, CompletionStage<Void>> answer = tokens -> CompletableFuture.completedFuture(null);

  RecordingTokenStore answering(Function<TokenSet, CompletionStage<Void>> newAnswer) {
    this.answer = newAnswer;
    return this;
  }

  @Override
  public CompletionStage<Void> save(String key, TokenSet tokens) {
    synchronized (this) {
      saves.add(new Save(key, tokens));
    }
    return answer.apply(tokens);
  }

  synchronized List<Save> saves() {
    return List.copyOf(saves);
  }
}
