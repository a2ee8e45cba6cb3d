package net.calkit.identity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.domain.ConferencingProfile;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.RefreshToken;
import net.calkit.identity.domain.credentials.TokenResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * encode then decode gives back the original, for random valid domain values. The seed is random per run
 * unless {@code -Didentity.json.seed=N} is given, and every failure message states it.
 */
@DisplayName("property: decode(encode(value)) == value")
class RoundTripPropertyTest {
  private static final int CASES = 2000;

  private final IdentityJsonCodec codec = IdentityJsonCodec.create();

  static long seed() {
    Long fixed = Long.getLong("identity.json.seed");
    long seed = fixed != null ? fixed : new SplittableRandom().nextLong();
    System.out.println("seed: " + seed + " (rerun with -Didentity.json.seed=" + seed + ")");
    return seed;
  }

  @Test
  @DisplayName("for every body type, " + CASES + " seeded cases each")
  void roundTrips() {
    long seed = seed();
    DomainGenerator gen = new DomainGenerator(seed);
    for (int i = 0; i < CASES; i++) {
      String context = "seed " + seed + ", case " + i;

      UserInfo userInfo = gen.userInfo();
      byte[] userInfoBody = codec.encodeUserInfo(userInfo);
      check(codec.decodeUserInfo(userInfoBody), userInfo, context, userInfoBody);

      Account account = gen.account();
      byte[] accountBody = codec.encodeAccount(account);
      check(codec.decodeAccount(accountBody), account, context, accountBody);

      List<CalendarProfile> profiles = gen.profiles();
      byte[] profilesBody = codec.encodeProfiles(profiles);
      check(codec.decodeProfiles(profilesBody), profiles, context, profilesBody);

      List<ConferencingProfile> conferencing = gen.conferencingProfiles();
      byte[] conferencingBody = codec.encodeConferencingProfiles(conferencing);
      check(codec.decodeConferencingProfiles(conferencingBody), conferencing, context, conferencingBody);

      TokenResponse token = gen.tokenResponse();
      byte[] tokenBody = codec.encodeTokenResponse(token);
      check(codec.decodeTokenResponse(tokenBody), token, context, tokenBody);

      ClientCredentials client = gen.clientCredentials();
      RefreshToken refreshToken = gen.refreshToken();
      byte[] requestBody = codec.encodeRefreshRequest(client, refreshToken);
      check(codec.decodeRefreshRequest(requestBody), new RefreshRequest("refresh_token", client, refreshToken),
          context, requestBody);
    }
  }

  /** Plain equals in the loop; AssertJ (with its diff) only for a failing case. */
  private static void check(Object actual, Object expected, String context, byte[] body) {
    if (!actual.equals(expected)) {
      assertThat(actual).as("%s: %s", context, Bodies.text(body)).isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("encoding is stable: encode(decode(encode(value))) is byte-identical")
  void stableEncoding() {
    long seed = seed();
    DomainGenerator gen = new DomainGenerator(seed);
    for (int i = 0; i < CASES; i++) {
      byte[] once = codec.encodeUserInfo(gen.userInfo());
      byte[] twice = codec.encodeUserInfo(codec.decodeUserInfo(once));
      if (!java.util.Arrays.equals(once, twice)) {
        assertThat(Bodies.text(twice)).as("seed %d, case %d", seed, i).isEqualTo(Bodies.text(once));
      }
    }
  }
}
