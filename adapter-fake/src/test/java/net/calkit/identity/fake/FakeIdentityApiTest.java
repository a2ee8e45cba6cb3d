package net.calkit.identity.fake;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.UserInfoType;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.UnauthorizedException;
import org.junit.jupiter.api.Test;

class FakeIdentityApiTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final FakeCronofy world = FakeCronofy.builder().dataCenter(DataCenter.UK).clock(clock)
      .client(ClientCredentials.of("client-id", "client-secret")).build();
  private final FakeAccount jane = world.addAccount(a -> a
      .id("acc_5700a00eb0ccd07000000000").email("janed@company.com").name("Jane Doe").timeZone("Europe/London")
      .scope("read_write")
      .calendarProfile(p -> p.id("pro_n23kjnwrw2").provider(CalendarProvider.GOOGLE, ProviderService.GSUITE)
          .name("example1@cronofy.com").initialSyncRequired(true)
          .calendar(c -> c.id("cal_n23kjnwrw2_jsdfjksn234").name("Home").primary(true)))
      .conferencingProfile(p -> p.id("pro_jknsdfk234").provider(ConferencingProvider.ZOOM).name("example@cronofy.com")));
  private final ManualScheduler scheduler = new ManualScheduler();
  private final FakeIdentityApi api = FakeIdentityApi.builder(world).scheduler(scheduler).build();

  static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(5, SECONDS);
  }

  static Throwable failure(CompletionStage<?> stage) {
    CompletableFuture<?> future = stage.toCompletableFuture();
    assertThat(future).as("stage must be completed").isDone();
    try {
      future.get(5, SECONDS);
      throw new AssertionError("expected the stage to fail");
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void userInfoAnswersTheSeededAccount() throws Exception {
    TokenSet tokens = jane.issueTokens();

    UserInfo info = await(api.userInfo(tokens.accessToken()));

    assertThat(info.sub().value()).isEqualTo("acc_5700a00eb0ccd07000000000");
    assertThat(info.type()).contains(UserInfoType.ACCOUNT);
    assertThat(info.email()).contains("janed@company.com");
    assertThat(info.profiles()).singleElement().satisfies(p -> {
      assertThat(p.name()).contains("example1@cronofy.com");
      assertThat(p.calendarList()).singleElement().satisfies(c -> assertThat(c.primary()).contains(true));
    });
    assertThat(info.conferencingAuthorized()).isTrue();
  }

  @Test
  void disconnectShowsRelinkUrlOfTheDataCenter() throws Exception {
    TokenSet tokens = jane.issueTokens();
    jane.profile("pro_n23kjnwrw2").disconnect();

    UserInfo info = await(api.userInfo(tokens.accessToken()));

    assertThat(info.profiles().get(0).relinkUrl()).hasValueSatisfying(url ->
        assertThat(url.value()).startsWith("https://app-uk.cronofy.com/relink/google?"));
  }

  @Test
  void unknownTokenIsUnauthorized() {
    TokenSet tokens = jane.issueTokens();
    world.revoke(tokens.accessToken());

    assertThat(failure(api.userInfo(tokens.accessToken()))).isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> { throw failure(api.account(tokens.accessToken())); })
        .isInstanceOf(UnauthorizedException.class);
  }
}
