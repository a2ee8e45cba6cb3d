package net.calkit.identity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.calkit.identity.domain.error.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * CI's smoke of every benchmark: one 100 ms iteration each, in this JVM, no warmup. It proves the
 * benchmarks run and the report computes its lines from their JSON; the numbers mean nothing.
 */
class BenchmarksSmokeTest {
  @TempDir
  Path dir;

  private ChainedOptionsBuilder smoke(Class<?> benchmark, Path json) {
    return new OptionsBuilder()
        .include(benchmark.getName() + "\\.")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString());
  }

  @Test
  void decodeBenchmarksRunAndYieldEveryDecodeRatio() throws Exception {
    Path json = dir.resolve("decode.json");

    Collection<RunResult> results = new Runner(smoke(UserInfoDecodeBenchmark.class, json)
        .include(EndpointDecodeBenchmark.class.getName() + "\\.")
        .addProfiler(GCProfiler.class)
        .build()).run();

    assertThat(results).hasSize(3 * 3 + 6)
        .allSatisfy(result -> assertThat(result.getPrimaryResult().getScore()).isPositive());
    List<String> lines = new Report(Report.readRows(List.of(json)), Optional.empty()).ratioLines();
    assertThat(lines.stream().filter(line -> line.startsWith("decode-") || line.startsWith("alloc-")))
        .hasSize(5 * 3)
        .noneMatch(line -> line.contains(" n/a"));
  }

  @Test
  void roundTripBenchmarksRunInBothModesAndYieldTheirRatios() throws Exception {
    Path json = dir.resolve("roundtrip.json");

    Collection<RunResult> results = new Runner(smoke(RoundTripBenchmark.class, json)
        .mode(Mode.Throughput)
        .mode(Mode.SampleTime)
        .timeUnit(TimeUnit.MILLISECONDS)
        .build()).run();

    assertThat(results).hasSize(5 * 2)
        .allSatisfy(result -> assertThat(result.getPrimaryResult().getScore()).isPositive());
    List<String> lines = new Report(Report.readRows(List.of(json)), Optional.empty()).ratioLines();
    assertThat(lines).filteredOn(line -> line.startsWith("roundtrip-") || line.startsWith("p99-added-ms "))
        .hasSize(5)
        .noneMatch(line -> line.contains(" n/a"));
  }

  @Test
  void fakeBenchmarkRuns() throws RunnerException {
    Path json = dir.resolve("fake.json");

    Collection<RunResult> results = new Runner(smoke(FakeBenchmark.class, json).build()).run();

    assertThat(results).singleElement()
        .satisfies(result -> assertThat(result.getPrimaryResult().getScore()).isPositive());
  }

  @Test
  void cpuCrossCheckWritesEveryRatio() throws Exception {
    Path out = dir.resolve("cpu.properties");

    CpuRatioCheck.main(new String[] {"--rounds", "1", "--slice-ms", "5", "--warmup-ms", "5", "--out", out.toString()});

    java.util.Properties ratios = Report.readProperties(out);
    assertThat(ratios.stringPropertyNames()).contains("decode-10k ours/databind", "decode-account ours/scan",
        "fake ours ops/cpu-s", "roundtrip-1 ours/raw (wall, interleaved)");
    assertThat(ratios.values()).allSatisfy(value -> assertThat(Double.parseDouble((String) value)).isPositive());
  }

  @Test
  void overloadEndsInTypedRefusalsNotUntypedFailures() {
    MemoryCheck.Settings settings = new MemoryCheck.Settings(300, Duration.ofMillis(50), 4, 50, 1024);

    MemoryCheck.Outcome outcome = MemoryCheck.run(settings);

    assertThat(outcome.passed()).as(outcome.detail()).isTrue();
    assertThat(outcome.failures()).as(outcome.detail()).containsKey(ErrorKind.TRANSPORT_FAILURE);
    assertThat(outcome.succeeded()).as(outcome.detail()).isPositive();
  }
}
