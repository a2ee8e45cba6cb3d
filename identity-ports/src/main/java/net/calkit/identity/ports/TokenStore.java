package net.calkit.identity.ports;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import net.calkit.identity.domain.credentials.TokenSet;

/**
 * The driven port that keeps rotated tokens. Cronofy's refresh answer replaces the refresh token, so the
 * new set must be stored before the new access token is used.
 *
 * <p>The contract: {@link #save} completes only once the set is durable (a crash after completion must
 * not lose it) and fails if it is not. The application service calls it after every successful refresh
 * and before the replay; if it fails, the call fails with
 * {@link net.calkit.identity.domain.error.TokenStoreException} (whose cause keeps the store failure's class
 * names and stack traces but not its messages, which may quote the tokens, and whose
 * {@code unsavedTokens()} holds the rotated set so that the application can keep it itself) and the
 * session keeps its previous tokens.
 *
 * <p>The server has already rotated the refresh token by then, so the session does not drop the
 * rotated set: it remembers it (in memory only) and the next call of the session, or a call already in
 * flight that gets 401, first saves it again under the same key, one save for all concurrent calls.
 * Only once that save succeeds does the session swap to the set and the call go on with it; the old
 * refresh token is never spent again. While the save keeps failing, each such call fails with
 * {@code TokenStoreException} carrying the same set, and sends nothing. {@code save} may therefore be
 * called more than once with the same set, and must accept that.
 * A crash between the refresh and a completed save leaves the store with the previous set: whether
 * Cronofy still accepts that refresh token is Cronofy's decision, so an application that cannot afford
 * a re-authorization should write the new set atomically and quickly (e.g. a single-row update).
 */
@FunctionalInterface
public interface TokenStore {

  /** Durably stores the rotated {@code tokens} of the authorization named {@code key}. */
  CompletionStage<Void> save(String key, TokenSet tokens);

  /** A store that keeps nothing, for tokens that live only in memory. */
  static TokenStore inMemoryOnly() {
    return (key, tokens) -> CompletableFuture.completedFuture(null);
  }
}
