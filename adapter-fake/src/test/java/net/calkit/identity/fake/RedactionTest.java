package net.calkit.identity.fake;

import static net.calkit.identity.fake.Stages.failure;
import static net.calkit.identity.fake.Stages.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.calkit.identity.domain.ProfileId;
import net.calkit.identity.domain.credentials.TokenResponse;
import net.calkit.identity.domain.credentials.TokenSet;
import org.junit.jupiter.api.Test;

/** No toString and no exception message shows a token or the client secret. */
class RedactionTest {
  private final FakeCronofy world = Worlds.withJane(Worlds.clock());
  private final FakeAccount jane = world.account(Worlds.JANE);
  private final FakeIdentityApi api = FakeIdentityApi.create(world);

  @Test
  void nothingPrintableShowsASecret() {
    TokenSet tokens = jane.issueTokens();
    List<String> secrets = List.of(tokens.accessToken().value(), tokens.refreshToken().orElseThrow().value(),
        Worlds.CLIENT.clientSecret().value());
    List<Object> printed = new ArrayList<>();

    value(api.userInfo(tokens.accessToken()));
    TokenResponse fresh = value(api.refresh(Worlds.CLIENT, tokens.refreshToken().orElseThrow()));
    printed.add(world.handle(FakeRequest.refresh(Worlds.CLIENT, fresh.refreshToken().orElseThrow())));
    printed.add(FakeRequest.userInfo(tokens.accessToken()));
    printed.add(FakeRequest.revokeProfile(tokens.accessToken(), ProfileId.of(Worlds.APPLE_PROFILE)));
    printed.add(FakeRequest.refresh(Worlds.CLIENT, tokens.refreshToken().orElseThrow()));
    printed.add(failure(api.userInfo(tokens.accessToken())).getMessage());
    printed.add(failure(api.refresh(Worlds.CLIENT, tokens.refreshToken().orElseThrow())).getMessage());
    printed.addAll(api.calls());
    printed.add(api);
    printed.add(world);
    printed.add(jane);
    printed.add(jane.profiles());

    for (Object o : printed) {
      for (String secret : secrets) {
        assertThat(String.valueOf(o)).as("printed %s", o.getClass().getSimpleName()).doesNotContain(secret);
      }
    }
    assertThat(api.calls().get(0).toString()).contains("accessToken=redacted").contains("USERINFO");
    assertThat(FakeRequest.refresh(Worlds.CLIENT, tokens.refreshToken().orElseThrow()).toString())
        .isEqualTo("FakeRequest[TOKEN, clientId=client-id]");
  }
}
