package net.calkit.identity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  @TempDir
  Path dir;

  private static String result(String benchmark, String mode, String params, double score, String unit,
      String extra) {
    return "{\"benchmark\":\"net.calkit.identity.benchmarks." + benchmark + "\",\"mode\":\"" + mode
        + "\",\"threads\":1,\"params\":{" + params + "},\"primaryMetric\":{\"score\":" + score
        + ",\"scoreError\":1.0,\"scoreUnit\":\"" + unit + "\"" + extra + "}}";
  }

  private List<String> lines(String... results) throws IOException {
    Path json = dir.resolve("r.json");
    Files.writeString(json, "[" + String.join(",", results) + "]");
    return new Report(Report.readRows(List.of(json)), Optional.empty()).ratioLines();
  }

  @Test
  void decodeRatiosCompareThroughputsOfTheSameSize() throws IOException {
    List<String> lines = lines(
        result("UserInfoDecodeBenchmark.ours", "thrpt", "\"size\":\"10k\"", 3000, "ops/s", ""),
        result("UserInfoDecodeBenchmark.databind", "thrpt", "\"size\":\"10k\"", 2000, "ops/s", ""),
        result("UserInfoDecodeBenchmark.scan", "thrpt", "\"size\":\"10k\"", 6000, "ops/s", ""),
        result("UserInfoDecodeBenchmark.ours", "thrpt", "\"size\":\"1k\"", 1, "ops/s", ""));

    assertThat(lines).contains("decode-10k ours/databind 1.50  (target >= 1.20: met)",
        "decode-10k ours/scan 0.50  (target >= 0.60: MISSED)",
        "decode-1k ours/databind n/a  (target >= 1.20: not measured)");
  }

  @Test
  void roundTripRatiosConvertUnitsAndSubtractPercentilesInMilliseconds() throws IOException {
    String ours = ",\"scorePercentiles\":{\"50.0\":500.0,\"99.0\":1500.0}";
    String raw = ",\"scorePercentiles\":{\"50.0\":0.4,\"99.0\":1.2}";
    List<String> lines = lines(
        result("RoundTripBenchmark.ours64", "thrpt", "", 9.5, "ops/ms", ""),
        result("RoundTripBenchmark.raw64", "thrpt", "", 10_000, "ops/s", ""),
        result("RoundTripBenchmark.ours64", "sample", "", 600, "us/op", ours),
        result("RoundTripBenchmark.raw64", "sample", "", 0.5, "ms/op", raw),
        result("FakeBenchmark.userInfo", "thrpt", "", 1_400_000, "ops/s", ""));

    assertThat(lines).contains("roundtrip-64 ours/raw 0.95  (target >= 0.90: met)",
        "p50-added-ms 0.10  (at 64 in flight)",
        "p99-added-ms 0.30  (target <= 0.20: MISSED)",
        "fake calls/s 1.40e6  (target >= 1.00e6: met)");
  }

  @Test
  void memoryLineRepeatsTheChecksVerdict() throws IOException {
    Path json = dir.resolve("empty.json");
    Files.writeString(json, "[]");
    Properties memory = new Properties();
    memory.setProperty("result", "FAIL");
    memory.setProperty("label", "10k");
    memory.setProperty("detail", "JVM exited with status 3 before reporting");

    List<String> lines = new Report(Report.readRows(List.of(json)), Optional.of(memory)).ratioLines();

    assertThat(lines).contains("memory-10k FAIL  (JVM exited with status 3 before reporting)");
  }

  @Test
  void numbersUseTwoDecimalsOrScientificNotation() {
    assertThat(Report.number(0.125)).isEqualTo("0.13");
    assertThat(Report.number(1_450_000)).isEqualTo("1.45e6");
    assertThat(Report.number(Double.NaN)).isEqualTo("-");
  }
}
