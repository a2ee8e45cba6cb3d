package net.calkit.identity.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.UserInfoType;
import net.calkit.identity.domain.error.InvalidResponseException;
import net.calkit.identity.json.IdentityJsonCodec;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

@ExtendWith(SeededRandom.class)
class IdentityGenTest {
  private static final IdentityJsonCodec CODEC = IdentityJsonCodec.create();

  @Test
  void sameSeedSameValuesAndBodies() {
    IdentityGen first = IdentityGen.seeded(42);
    IdentityGen second = IdentityGen.seeded(42);
    for (int i = 0; i < 20; i++) {
      UserInfo a = first.userInfo();
      UserInfo b = second.userInfo();
      assertThat(a).isEqualTo(b);
      assertThat(first.userInfoBody(a).text()).isEqualTo(second.userInfoBody(b).text());
    }
    assertThat(IdentityGen.seeded(1).accountUserInfo()).isNotEqualTo(IdentityGen.seeded(2).accountUserInfo());
  }

  @Test
  void coversEveryVariantUnknownValuesAndSameNameProfiles() {
    IdentityGen gen = IdentityGen.seeded(7);
    boolean unknownType = false;
    boolean service = false;
    boolean application = false;
    boolean unknownProvider = false;
    boolean sameName = false;
    for (int i = 0; i < 400; i++) {
      UserInfo info = gen.userInfo();
      unknownType |= info.type().map(t -> !t.isKnown()).orElse(false);
      service |= info.type().equals(java.util.Optional.of(UserInfoType.SERVICE_ACCOUNT));
      application |= info.type().equals(java.util.Optional.of(UserInfoType.APPLICATION_CALENDAR));
      List<CalendarProfile> profiles = gen.calendarProfiles();
      unknownProvider |= profiles.stream().anyMatch(p -> p.provider().map(v -> !v.isKnown()).orElse(false));
      sameName |= profiles.size() >= 2 && profiles.get(0).name().isPresent()
          && profiles.get(0).name().equals(profiles.get(1).name());
    }
    assertThat(List.of(unknownType, service, application, unknownProvider, sameName)).containsOnly(true);
  }

  @Test
  void bodiesCarryUnknownAttributesAndNulls() {
    IdentityGen gen = IdentityGen.seeded(11);
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      all.append(gen.userInfoBody(gen.userInfo()).text());
    }
    assertThat(all.toString()).contains("\"x_").contains("\"future_").contains("\"cronofy.x_").contains(":null");
  }

  @RepeatedTest(50)
  void validBodiesDecodeToTheGeneratedValue(IdentityGen gen) {
    String seed = SeededRandom.describe(gen.seed());
    UserInfo info = gen.userInfo();
    assertThat(CODEC.decodeUserInfo(gen.userInfoBody(info).json())).as("userinfo, %s", seed).isEqualTo(info);
    var account = gen.account();
    assertThat(CODEC.decodeAccount(gen.accountBody(account).json())).as("account, %s", seed).isEqualTo(account);
    var profiles = gen.calendarProfiles();
    assertThat(CODEC.decodeProfiles(gen.profilesBody(profiles).json())).as("profiles, %s", seed).isEqualTo(profiles);
    var tokens = gen.tokenResponse();
    assertThat(CODEC.decodeTokenResponse(gen.tokenResponseBody(tokens).json())).as("tokens, %s", seed)
        .isEqualTo(tokens);
  }

  @RepeatedTest(50)
  void brokenBodiesFailOnlyWithInvalidResponse(IdentityGen gen) {
    String seed = SeededRandom.describe(gen.seed());
    WireBody body = gen.userInfoBody(gen.userInfo());
    for (byte[] broken : List.of(body.truncated(), body.mutated(), body.withWrongType())) {
      assertThatCode(() -> {
        try {
          CODEC.decodeUserInfo(broken);
        } catch (InvalidResponseException expected) {
          // the only acceptable failure
        }
      }).as("decoding %s, %s", new String(broken, StandardCharsets.UTF_8).length(), seed).doesNotThrowAnyException();
    }
    byte[] truncated = gen.profilesBody(gen.calendarProfiles()).truncated();
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CODEC.decodeProfiles(truncated)))
        .as("a truncated body, %s", seed).isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void wireBodyToStringHidesTokens() {
    IdentityGen gen = IdentityGen.seeded(3);
    var tokens = gen.tokenResponse();
    assertThat(gen.tokenResponseBody(tokens).toString()).doesNotContain(tokens.accessToken().value())
        .startsWith("WireBody[");
  }

  @Test
  void theSeedIsFixedByTheSystemPropertyAndReportedOnFailure() {
    String previous = System.getProperty(SeededRandom.SEED_PROPERTY);
    System.setProperty(SeededRandom.SEED_PROPERTY, "1234");
    try {
      assertThat(SeededRandom.seed()).isEqualTo(1234L);
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(FailingPropertyTest.class)).build(), listener);
      Throwable failure = listener.getSummary().getFailures().get(0).getException();
      assertThat(failure.getSuppressed()).extracting(Throwable::getMessage)
          .containsExactly("seed=1234 (rerun with -Dcalkit.seed=1234)");
    } finally {
      if (previous == null) {
        System.clearProperty(SeededRandom.SEED_PROPERTY);
      } else {
        System.setProperty(SeededRandom.SEED_PROPERTY, previous);
      }
    }
  }

  /** Run only through the launcher above (nested, so surefire skips it). */
  @ExtendWith(SeededRandom.class)
  static class FailingPropertyTest {
    @Test
    void fails(IdentityGen gen) {
      assertThat(gen.seed()).isEqualTo(-1L);
    }
  }
}
