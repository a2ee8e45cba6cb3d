package net.calkit.identity.benchmarks;

import java.util.concurrent.TimeUnit;
import net.calkit.identity.client.AccountSession;
import net.calkit.identity.client.IdentityClient;
import net.calkit.identity.domain.CalendarProvider;
import net.calkit.identity.domain.ConferencingProvider;
import net.calkit.identity.domain.ProviderService;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.fake.FakeAccount;
import net.calkit.identity.fake.FakeCronofy;
import net.calkit.identity.fake.FakeIdentityApi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The in-memory fake through the application service: {@link AccountSession#userInfo()} over
 * {@link FakeIdentityApi} (call recording off, as a benchmark or load test would run it), on one thread.
 * The account has two calendar profiles and a conferencing profile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class FakeBenchmark {
  private AccountSession session;

  /** Seeds a world with one account and opens a session with its tokens. */
  @Setup
  public void setUp() {
    FakeCronofy world = FakeCronofy.create();
    FakeAccount account = world.addAccount(spec -> spec
        .email("jane@company.example")
        .name("Jane Doe")
        .timeZone("Europe/London")
        .calendarProfile(p -> p.provider(CalendarProvider.GOOGLE, ProviderService.GSUITE).name("jane@company.example"))
        .calendarProfile(p -> p.provider(CalendarProvider.APPLE, ProviderService.ICLOUD).name("jane@icloud.example"))
        .conferencingProfile(p -> p.provider(ConferencingProvider.ZOOM).name("jane@company.example")));
    FakeIdentityApi api = FakeIdentityApi.builder(world).recordCalls(false).build();
    session = IdentityClient.builder(api).build().session("bench", account.issueTokens());
  }

  /** One call; the fake completes it on this thread. */
  @Benchmark
  public UserInfo userInfo() {
    return session.userInfo().toCompletableFuture().join();
  }
}
