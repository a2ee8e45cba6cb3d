package net.calkit.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import net.calkit.identity.domain.error.ErrorKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExitCodesTest {

  @Test
  @DisplayName("every error kind maps to the documented exit code")
  void everyKind() {
    Map<ErrorKind, Integer> expected = new EnumMap<>(ErrorKind.class);
    expected.put(ErrorKind.UNAUTHORIZED, 3);
    expected.put(ErrorKind.INVALID_GRANT, 3);
    expected.put(ErrorKind.INSUFFICIENT_SCOPE, 4);
    expected.put(ErrorKind.RATE_LIMITED, 5);
    expected.put(ErrorKind.SERVER_ERROR, 6);
    expected.put(ErrorKind.TRANSPORT_FAILURE, 7);
    expected.put(ErrorKind.TIMEOUT, 7);
    expected.put(ErrorKind.INVALID_RESPONSE, 8);
    expected.put(ErrorKind.NOT_FOUND, 9);
    expected.put(ErrorKind.PAYMENT_REQUIRED, 10);
    expected.put(ErrorKind.INVALID_REQUEST, 10);
    expected.put(ErrorKind.LOCKED, 10);
    expected.put(ErrorKind.UNEXPECTED_STATUS, 10);
    expected.put(ErrorKind.TOKEN_STORE_FAILURE, 10);

    assertThat(expected.keySet()).as("a new ErrorKind needs an exit code").containsExactly(ErrorKind.values());
    expected.forEach((kind, code) -> assertThat(ExitCodes.of(kind)).as("%s", kind).isEqualTo(code));
  }
}
