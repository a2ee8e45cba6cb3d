package net.calkit.identity.testkit.readme;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import net.calkit.identity.domain.Attention;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.domain.credentials.TokenSet;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.fake.FakeCronofy;
import net.calkit.identity.fake.FakeEndpoint;
import net.calkit.identity.fake.FakeIdentityApi;
import net.calkit.identity.fake.Fault;
import net.calkit.identity.ports.IdentityApi;
import net.calkit.identity.testkit.jdk.JdkHttpIdentityApi;
import net.calkit.identity.testkit.stub.CronofyStubServer;
import net.calkit.identity.testkit.stub.HttpFault;
import net.calkit.identity.testkit.stub.RecordedRequest;
import org.junit.jupiter.api.Test;

// README quickstart 2 (ReadmeTest checks that README.md shows this code)
class UseTheFakeTest {
  @Test
  void findsTheProfilesThatNeedAttention() throws Exception {
    // begin:fake
    FakeCronofy world = FakeCronofy.create();
    FakeAccount jane = world.addAccount(a -> a.id("acc_jane").email("jane@example.com")
        .calendarProfile(p -> p.id("pro_work").provider(CalendarProvider.GOOGLE, ProviderService.GSUITE)
            .name("jane@example.com").connected(false))
        .conferencingProfile(c -> c.id("pro_zoom").provider(ConferencingProvider.ZOOM).connected(true)));
    TokenSet tokens = jane.issueTokens();

    // in-process: the fake adapter answers from the world
    IdentityApi api = FakeIdentityApi.create(world);
    UserInfo info = api.userInfo(tokens.accessToken()).toCompletableFuture().get(5, SECONDS);
    assertThat(info.needingAttention()).extracting(Attention::profileId).extracting(Object::toString)
        .containsExactly("pro_work");

    // over real HTTP on 127.0.0.1: the stub server serves the same world in the wire format
    try (CronofyStubServer server = CronofyStubServer.start(world)) {
      IdentityApi http = JdkHttpIdentityApi.create(server.baseUri()); // or VertxIdentityApi, or yours
      world.injectFault(FakeEndpoint.PROFILES, 1, Fault.status(503)); // the world's faults travel the wire
      server.fault("/v1/account", HttpFault.reset());                  // and so do the wire's own
      UserInfo overHttp = http.userInfo(tokens.accessToken()).toCompletableFuture().get(5, SECONDS);
      assertThat(overHttp).isEqualTo(info);
      assertThat(server.requests()).extracting(RecordedRequest::path).containsExactly("/v1/userinfo");
    }
    // end:fake
  }
}
