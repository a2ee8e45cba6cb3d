package net.calkit.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.ClientId;
import net.calkit.identity.domain.credentials.ClientSecret;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.FieldError;
import net.calkit.identity.domain.policy.RetryDecision;
import net.calkit.identity.domain.policy.RetryPolicy;
import net.calkit.identity.domain.policy.TokenFreshness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every composite record refuses a null component with a message naming it ({@code "<name> == null"}). */
class RecordNullChecksTest {

  private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(String.class, "x"),
      Map.entry(Optional.class, Optional.empty()),
      Map.entry(int.class, 1),
      Map.entry(Duration.class, Duration.ofSeconds(1)),
      Map.entry(AccountId.class, AccountId.of("acc_1")),
      Map.entry(SubjectId.class, SubjectId.of("acc_1")),
      Map.entry(CalendarId.class, CalendarId.of("cal_1")),
      Map.entry(ProfileId.class, ProfileId.of("pro_1")),
      Map.entry(Attention.ProfileKind.class, Attention.ProfileKind.CALENDAR),
      Map.entry(ConnectionState.class, ConnectionState.NEEDS_RELINK),
      Map.entry(AccessToken.class, AccessToken.of("a")),
      Map.entry(ClientId.class, ClientId.of("c")),
      Map.entry(ClientSecret.class, ClientSecret.of("s")));

  static Stream<Class<?>> records() {
    return Stream.of(Account.class, ApplicationCalendar.class, Attention.class, Authorization.class, Calendar.class,
        CalendarProfile.class, ConferencingProfile.class, CronofyData.class, ServiceAccount.class, UserInfo.class,
        ClientCredentials.class, TokenResponse.class, TokenSet.class, FieldError.class, RetryPolicy.class,
        TokenFreshness.class, RetryDecision.Retry.class, RetryDecision.GiveUp.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void nullComponentsAreRejectedByName(Class<?> type) throws ReflectiveOperationException {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Constructor<?> constructor = type.getDeclaredConstructor(types);
    Object[] valid = Arrays.stream(types).map(t -> {
      assertThat(SAMPLES).as("sample for %s", t).containsKey(t);
      return SAMPLES.get(t);
    }).toArray();
    assertThatCode(() -> constructor.newInstance(valid)).as("valid sample").doesNotThrowAnyException();

    int checked = 0;
    for (int i = 0; i < components.length; i++) {
      if (types[i].isPrimitive()) {
        continue;
      }
      Object[] args = valid.clone();
      args[i] = null;
      try {
        constructor.newInstance(args);
        throw new AssertionError(type.getSimpleName() + " accepted a null " + components[i].getName());
      } catch (InvocationTargetException e) {
        assertThat(e.getCause()).as("%s.%s", type.getSimpleName(), components[i].getName())
            .isInstanceOf(NullPointerException.class)
            .hasMessage(components[i].getName() + " == null");
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }
}
