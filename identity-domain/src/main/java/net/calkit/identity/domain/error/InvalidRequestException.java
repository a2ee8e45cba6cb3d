package net.calkit.identity.domain.error;

import java.util.List;
import java.util.Optional;

/** 422 (with its field errors), or a 400 other than {@code invalid_grant}: the parameters were refused. */
public final class InvalidRequestException extends IdentityException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> fieldErrors;
  private final String errorCode;

  /**
   * Creates the error.
   *
   * @param status 422 or 400
   * @param errorCode the OAuth {@code error} of a 400 body, empty if none
   * @param fieldErrors the parsed field errors of a 422 body
   * @param body the raw body, excerpted
   */
  public InvalidRequestException(int status, String errorCode, List<FieldError> fieldErrors, String body) {
    super(ErrorKind.INVALID_REQUEST, status, describe(errorCode, fieldErrors), body, null);
    this.fieldErrors = List.copyOf(fieldErrors);
    this.errorCode = errorCode;
  }

  private static String describe(String errorCode, List<FieldError> fieldErrors) {
    StringBuilder out = new StringBuilder(errorCode);
    for (FieldError error : fieldErrors) {
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(error.parameter()).append(' ').append(error.key().or(error::description).orElse("invalid"));
      if (out.length() > BodyExcerpt.MAX_LENGTH) {
        break;
      }
    }
    return BodyExcerpt.of(out.toString());
  }

  /** The field errors of a 422 body, possibly empty. */
  public List<FieldError> fieldErrors() {
    return fieldErrors == null ? List.of() : fieldErrors;
  }

  /** The OAuth {@code error} code of a 400 body. */
  public Optional<String> errorCode() {
    return errorCode.isEmpty() ? Optional.empty() : Optional.of(errorCode);
  }
}
