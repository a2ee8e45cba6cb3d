package net.calkit.identity.domain;

import net.calkit.identity.domain.internal.Checks;

/** The {@code sub} of a token: an account ({@code acc_}), service account ({@code ser_}) or application calendar ({@code apc_}) ID: non-empty printable ASCII; no length rule, since real IDs are shorter than documented. */
public record SubjectId(String value) {
  /** Validates the value. */
  public SubjectId {
    Checks.printableAscii(value, "subject");
  }

  /** Parses a wire value; throws {@link IllegalArgumentException} naming the problem. */
  public static SubjectId of(String value) {
    return new SubjectId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
