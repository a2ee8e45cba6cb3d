package net.calkit.identity.domain;

import net.calkit.identity.domain.internal.Checks;

/** An account ID such as {@code acc_5700a00eb0ccd07000000000}: non-empty printable ASCII; no length rule, since real IDs are shorter than documented. */
public record AccountId(String value) {
  /** Validates the value. */
  public AccountId {
    Checks.printableAscii(value, "account id");
  }

  /** Parses a wire value; throws {@link IllegalArgumentException} naming the problem. */
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
