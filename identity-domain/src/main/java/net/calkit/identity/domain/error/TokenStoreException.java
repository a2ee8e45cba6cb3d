package net.calkit.identity.domain.error;

import java.util.Objects;
import java.util.Optional;
import net.calkit.identity.domain.credentials.TokenSet;
import org.jspecify.annotations.Nullable;

/**
 * A refresh succeeded but the token store failed to keep the rotated tokens; the call fails and the
 * previous tokens stay in use. The cause is the store's failure. The rotated set, which the server has
 * already made current, is available from {@link #unsavedTokens()} so that the application can keep it
 * itself; it is never part of the message, {@code toString()} or the serialized form.
 */
public final class TokenStoreException extends IdentityException {
  private static final long serialVersionUID = 1L;
  private static final String DETAIL = "the rotated tokens could not be stored; the previous tokens stay in use";

  private final transient @Nullable TokenSet unsavedTokens;

  /** Creates the error with the store's failure as cause. */
  public TokenStoreException(Throwable cause) {
    super(ErrorKind.TOKEN_STORE_FAILURE, 0, DETAIL, "", cause);
    this.unsavedTokens = null;
  }

  /** Creates the error with the store's failure as cause and the rotated set the store did not keep. */
  public TokenStoreException(Throwable cause, TokenSet unsavedTokens) {
    super(ErrorKind.TOKEN_STORE_FAILURE, 0, DETAIL, "", cause);
    this.unsavedTokens = Objects.requireNonNull(unsavedTokens, "unsavedTokens == null");
  }

  /** The rotated tokens the store failed to keep, if known (never after deserialization). */
  public Optional<TokenSet> unsavedTokens() {
    return Optional.ofNullable(unsavedTokens);
  }
}
