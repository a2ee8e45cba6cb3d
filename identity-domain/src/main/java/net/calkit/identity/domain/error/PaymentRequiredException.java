package net.calkit.identity.domain.error;

/** 402: the application's plan lacks the feature. */
public final class PaymentRequiredException extends IdentityException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for a response with {@code status} and an (excerpted) body. */
  public PaymentRequiredException(int status, String detail, String body) {
    super(ErrorKind.PAYMENT_REQUIRED, status, detail, body, null);
  }
}
