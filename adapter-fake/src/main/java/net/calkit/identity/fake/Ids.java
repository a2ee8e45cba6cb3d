package net.calkit.identity.fake;

import java.util.random.RandomGenerator;
import net.calkit.identity.domain.CalendarId;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.SubjectId;
import net.calkit.identity.domain.credentials.AccessToken;
import net.calkit.identity.domain.credentials.RefreshToken;

/** IDs and tokens from the world's seeded random source; callers hold the world's lock. */
final class Ids {
  private static final String LOWER = "0123456789abcdefghijklmnopqrstuvwxyz";
  private static final String MIXED = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private final RandomGenerator random;

  Ids(RandomGenerator random) {
    this.random = random;
  }

  SubjectId subject(String prefix) {
    return SubjectId.of(prefix + chars(LOWER, 24));
  }

  ProfileId profileId() {
    return ProfileId.of("pro_" + chars(LOWER, 10));
  }

  CalendarId calendarId(String profileId) {
    String suffix = profileId.startsWith("pro_") ? profileId.substring(4) : profileId;
    return CalendarId.of("cal_" + suffix + "_" + chars(LOWER, 11));
  }

  AccessToken accessToken() {
    return AccessToken.of(chars(MIXED, 32));
  }

  RefreshToken refreshToken() {
    return RefreshToken.of(chars(MIXED, 32));
  }

  private String chars(String alphabet, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(out);
  }
}
