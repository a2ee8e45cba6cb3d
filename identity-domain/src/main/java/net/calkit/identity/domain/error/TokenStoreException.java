package net.calkit.identity.domain.error;

/**
 * A refresh succeeded but the token store failed to keep the rotated tokens; the call fails and the
 * previous tokens stay in use. The cause is the store's failure.
 */
public final class TokenStoreException extends IdentityException {
  private static final long serialVersionUID = 1L;

  /** Creates the error with the store's failure as cause. */
  public TokenStoreException(Throwable cause) {
    super(ErrorKind.TOKEN_STORE_FAILURE, 0, "the rotated tokens could not be stored; the previous tokens stay in use",
        "", cause);
  }
}
