package net.calkit.identity.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.calkit.identity.domain.Account;
import net.calkit.identity.domain.CalendarProfile;
import net.calkit.identity.json.IdentityJsonCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding the other read bodies: {@code GET /v1/profiles} (8 profiles, 2,015 bytes) and
 * {@code GET /v1/account} (282 bytes); ours vs databind vs the token-scan floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EndpointDecodeBenchmark {
  /** Profiles in the profiles body. */
  static final int PROFILES = 8;

  private byte[] profiles = new byte[0];
  private byte[] account = new byte[0];
  private final IdentityJsonCodec codec = IdentityJsonCodec.create();

  /** Generates the bodies from the fixed seed. */
  @Setup
  public void setUp() {
    profiles = Bodies.profiles(PROFILES, Bodies.SEED);
    account = Bodies.account(Bodies.SEED);
  }

  /** Ours: a profiles body to validated profiles. */
  @Benchmark
  public List<CalendarProfile> profilesOurs() {
    return codec.decodeProfiles(profiles);
  }

  /** Baseline: databind into plain records. */
  @Benchmark
  public Dtos.ProfilesDto profilesDatabind() throws IOException {
    return Dtos.PROFILES.readValue(profiles);
  }

  /** Floor: a token scan. */
  @Benchmark
  public long profilesScan() {
    return TokenScan.scan(profiles);
  }

  /** Ours: an account body to a validated account. */
  @Benchmark
  public Account accountOurs() {
    return codec.decodeAccount(account);
  }

  /** Baseline: databind into plain records. */
  @Benchmark
  public Dtos.AccountBodyDto accountDatabind() throws IOException {
    return Dtos.ACCOUNT.readValue(account);
  }

  /** Floor: a token scan. */
  @Benchmark
  public long accountScan() {
    return TokenScan.scan(account);
  }
}
