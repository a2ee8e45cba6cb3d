package net.calkit.identity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodiesTest {

  @ParameterizedTest
  @ValueSource(strings = {"1k", "10k", "100k"})
  void userInfoBodiesReachTheirSizeWithinTenPercent(String size) {
    int target = UserInfoDecodeBenchmark.bytes(size);

    byte[] body = Bodies.userInfo(target, Bodies.SEED);

    assertThat(body.length).as("seed %d", Bodies.SEED).isBetween(target, target + target / 10 + 900);
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() {
    assertThat(Bodies.userInfo(10_000, 7)).isEqualTo(Bodies.userInfo(10_000, 7));
    assertThat(Bodies.userInfo(10_000, 8)).isNotEqualTo(Bodies.userInfo(10_000, 7));
  }

  @Test
  void userInfoBodyParsesAsTheDocumentedShapeAndCarriesUnknownKeys() throws IOException {
    byte[] body = Bodies.userInfo(10 * 1024, Bodies.SEED);

    Dtos.UserInfoDto dto = Dtos.USER_INFO.readValue(body);

    assertThat(dto.sub()).startsWith("acc_");
    assertThat(dto.data()).isNotNull();
    assertThat(dto.data().profiles()).isNotEmpty().allSatisfy(profile -> {
      assertThat(profile.profileId()).startsWith("pro_");
      assertThat(profile.profileCalendars()).isNotEmpty();
    });
    assertThat(dto.data().conferencingProfiles()).isNotEmpty();
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(text).contains("\"x_feature_flags\"", "\"calendar_color\"", "\"x_profile_region\"", "Réunions");
  }

  @Test
  void profilesAndAccountBodiesParse() throws IOException {
    Dtos.ProfilesDto profiles = Dtos.PROFILES.readValue(Bodies.profiles(8, Bodies.SEED));
    Dtos.AccountBodyDto account = Dtos.ACCOUNT.readValue(Bodies.account(Bodies.SEED));

    assertThat(profiles.profiles()).hasSize(8).allSatisfy(p -> assertThat(p.profileCalendars()).isNull());
    assertThat(account.account()).isNotNull();
    assertThat(account.sub()).isEqualTo(account.account().accountId());
  }

  @Test
  void scanSeesEveryTokenOfTheBody() {
    assertThat(TokenScan.scan("{\"a\":\"xy\",\"b\":[1,true,null]}".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(TokenScan.scan("{\"a\":\"zy\",\"b\":[1,true,null]}".getBytes(StandardCharsets.UTF_8)));
  }
}
