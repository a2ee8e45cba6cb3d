package net.calkit.identity.fake;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.calkit.identity.client.AccountSession;
import net.calkit.identity.client.IdentityClient;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConnectionState;
import net.calkit.identity.domain.DataCenter;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.ClientCredentials;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.domain.error.RateLimitedException;
import net.calkit.identity.domain.error.RetryAfter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples of adapter-fake/README.md, verbatim, so that they compile and run. */
class ReadmeExampleTest {

  @Test
  void useTheFakeInYourTests() throws Exception {
    // README: use-the-fake
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T09:00:00Z"));
    ClientCredentials app = ClientCredentials.of("client-id", "client-secret");
    FakeCronofy world = FakeCronofy.builder().dataCenter(DataCenter.UK).clock(clock).client(app).build();
    FakeAccount jane = world.addAccount(a -> a
        .id("acc_5700a00eb0ccd07000000000").email("janed@company.com").name("Jane Doe").timeZone("Europe/London")
        .calendarProfile(p -> p.id("pro_n23kjnwrw2").provider(CalendarProvider.GOOGLE, ProviderService.GSUITE)
            .name("janed@company.com")
            .calendar(c -> c.id("cal_n23kjnwrw2_jsdfjksn234").name("Work").primary(true))));
    TokenSet tokens = jane.issueTokens();

    FakeIdentityApi api = FakeIdentityApi.create(world);
    FakeTokenStore store = new FakeTokenStore();
    IdentityClient client = IdentityClient.builder(api).clientCredentials(app).tokenStore(store).clock(clock).build();
    AccountSession session = client.session("jane", tokens);

    jane.profile("pro_n23kjnwrw2").disconnect();  // the user revoked access at Google
    world.expire(tokens.accessToken());             // the next call meets a 401: refresh, store, replay

    UserInfo info = session.userInfo().toCompletableFuture().get(5, SECONDS);

    assertThat(info.needingAttention()).singleElement()
        .satisfies(a -> assertThat(a.relinkUrl().orElseThrow().value()).startsWith("https://app-uk.cronofy.com/relink/"));
    assertThat(store.latest("jane")).isPresent();
    assertThat(api.callCount(FakeEndpoint.TOKEN)).isEqualTo(1);
    // README: end
  }

  @Test
  void scriptFaultsAndLatency() throws Exception {
    // README: faults
    ManualScheduler scheduler = new ManualScheduler();   // time moves only when the test says so
    FakeCronofy world = FakeCronofy.create();
    FakeAccount jane = world.addAccount(a -> a.calendarProfile(p -> p.initialSyncRequired(true)));
    FakeIdentityApi api = FakeIdentityApi.builder(world).scheduler(scheduler).build();
    TokenSet tokens = jane.issueTokens();

    world.injectFault(FakeEndpoint.PROFILES, 2,
        Fault.rateLimited(Optional.of(new RetryAfter.Delay(Duration.ofSeconds(1)))));
    world.injectFault(FakeEndpoint.PROFILES, 1, Fault.delay(Duration.ofMillis(300)));

    assertThat(api.profiles(tokens.accessToken())).isCompletedExceptionally();   // 429, Retry-After: 1
    assertThat(api.profiles(tokens.accessToken())).isCompletedExceptionally();   // 429 again
    var slow = api.profiles(tokens.accessToken()).toCompletableFuture();         // answered after 300 ms
    assertThat(slow).isNotDone();
    scheduler.advance(Duration.ofMillis(300));
    assertThat(slow.get(5, SECONDS).get(0).state()).isEqualTo(ConnectionState.INITIAL_SYNC_PENDING);
    // README: end

    assertThat(api.profiles(tokens.accessToken()).toCompletableFuture().isDone()).isTrue();
    assertThat(api.calls(FakeEndpoint.PROFILES)).hasSize(4);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
      world.injectFault(FakeEndpoint.PROFILES, 1, Fault.status(429));
      api.profiles(tokens.accessToken()).toCompletableFuture().get(5, SECONDS);
    }).hasCauseInstanceOf(RateLimitedException.class);
  }

  @Test
  void theReadmeShowsTheseExamplesVerbatim() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String source = Files.readString(Path.of("src/test/java/net/calkit/identity/fake/ReadmeExampleTest.java"));
    List<String> readmeBlocks = new ArrayList<>();
    Matcher blocks = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (blocks.find()) {
      readmeBlocks.add(normalize(blocks.group(1)));
    }
    List<String> testBlocks = new ArrayList<>();
    Matcher marked = Pattern.compile("// README: [a-z-]+\\n(.*?)// README: end", Pattern.DOTALL).matcher(source);
    while (marked.find()) {
      testBlocks.add(normalize(marked.group(1)));
    }

    assertThat(testBlocks).hasSize(2);
    assertThat(readmeBlocks).containsExactlyElementsOf(testBlocks);
  }

  private static String normalize(String code) {
    StringBuilder out = new StringBuilder();
    for (String line : code.split("\\n")) {
      if (!line.isBlank()) {
        out.append(line.strip()).append('\n');
      }
    }
    return out.toString();
  }
}
