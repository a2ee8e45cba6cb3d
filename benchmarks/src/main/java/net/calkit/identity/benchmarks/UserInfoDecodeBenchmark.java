package net.calkit.identity.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import net.calkit.identity.domain.UserInfo;
import net.calkit.identity.json.IdentityJsonCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding a {@code GET /v1/userinfo} body of about 1, 10 and 100 KB: ours ({@link IdentityJsonCodec}, to
 * validated domain values), Jackson databind into hand-written records, and the token-scan floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class UserInfoDecodeBenchmark {
  /** The body size: 1k, 10k or 100k. */
  @Param({"1k", "10k", "100k"})
  public String size = "1k";

  private byte[] body = new byte[0];
  private final IdentityJsonCodec codec = IdentityJsonCodec.create();

  /** Generates the body from the fixed seed. */
  @Setup
  public void setUp() {
    body = Bodies.userInfo(bytes(size), Bodies.SEED);
  }

  static int bytes(String size) {
    switch (size) {
      case "1k": return 1024;
      case "10k": return 10 * 1024;
      case "100k": return 100 * 1024;
      default: throw new IllegalArgumentException("unknown size " + size);
    }
  }

  /** Ours: bytes to a validated {@link UserInfo}. */
  @Benchmark
  public UserInfo ours() {
    return codec.decodeUserInfo(body);
  }

  /** Baseline: Jackson databind into plain records. */
  @Benchmark
  public Dtos.UserInfoDto databind() throws IOException {
    return Dtos.USER_INFO.readValue(body);
  }

  /** Floor: a token scan that builds nothing. */
  @Benchmark
  public long scan() {
    return TokenScan.scan(body);
  }
}
