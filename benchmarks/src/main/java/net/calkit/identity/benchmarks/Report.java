package net.calkit.identity.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads JMH JSON result files (and the memory check's summary) and prints a table and one line per ratio,
 * each with its target: {@code decode-10k ours/databind 1.45  (target >= 1.20: met)}.
 *
 * <p>Usage: {@code Report [--memory memory.properties] [--cpu cpu-ratios.properties] results.json...}. Exits 0 when the lines could be
 * computed (a missed target is a result, not an error), 1 when the memory check failed, 2 on bad input.
 */
public final class Report {
  private static final String PACKAGE = "net.calkit.identity.benchmarks.";
  private static final String[] SIZES = {"1k", "10k", "100k"};

  private final List<Row> rows;
  private final Optional<Properties> memory;
  private int targets;
  private int met;

  Report(List<Row> rows, Optional<Properties> memory) {
    this.rows = List.copyOf(rows);
    this.memory = memory;
  }

  /** Prints the table and the ratio lines; see the class comment for arguments and exit codes. */
  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    Optional<Properties> memory = Optional.empty();
    Optional<Properties> cpu = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--memory") && i + 1 < args.length) {
        memory = Optional.of(readProperties(Path.of(args[++i])));
      } else if (args[i].equals("--cpu") && i + 1 < args.length) {
        cpu = Optional.of(readProperties(Path.of(args[++i])));
      } else {
        files.add(Path.of(args[i]));
      }
    }
    if (files.isEmpty()) {
      System.err.println("usage: Report [--memory memory.properties] [--cpu cpu-ratios.properties] results.json...");
      System.exit(2);
    }
    Report report = new Report(readRows(files), memory);
    report.printTable(System.out);
    List<String> lines = report.ratioLines();
    lines.forEach(System.out::println);
    System.out.println("targets met: " + report.met + " of " + report.targets);
    cpu.ifPresent(properties -> {
      System.out.println("cross-check, interleaved and per thread-CPU second (CpuRatioCheck; not JMH):");
      properties.stringPropertyNames().stream().sorted()
          .forEach(key -> System.out.println("  cpu " + key + " " + properties.getProperty(key)));
    });
    if (memory.isPresent() && !"PASS".equals(memory.get().getProperty("result"))) {
      System.exit(1);
    }
  }

  static Properties readProperties(Path file) throws IOException {
    Properties properties = new Properties();
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        properties.load(in);
      }
    }
    return properties;
  }

  /** One JMH result: a benchmark in one mode with one parameter set. */
  record Row(String name, String mode, Map<String, String> params, int threads, double score, double error,
      String unit, double allocBytesPerOp, double p50, double p99) {

    /** {@code Class.method[param=value]}, the way the table shows it. */
    String label() {
      return params.isEmpty() ? name : name + params.values().toString().replace(" ", "");
    }

    /** Throughput in operations per second, or NaN when this is not a throughput row. */
    double opsPerSecond() {
      return mode.equals("thrpt") ? score * perSecond(unit) : Double.NaN;
    }
  }

  static List<Row> readRows(List<Path> files) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    for (Path file : files) {
      if (!Files.exists(file)) {
        continue;
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.isBlank()) {
        continue;
      }
      for (JsonNode result : mapper.readTree(text)) {
        rows.add(row(result));
      }
    }
    return rows;
  }

  private static Row row(JsonNode result) {
    String benchmark = result.path("benchmark").asText();
    String name = benchmark.startsWith(PACKAGE) ? benchmark.substring(PACKAGE.length()) : benchmark;
    Map<String, String> params = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : result.path("params").properties()) {
      params.put(field.getKey(), field.getValue().asText());
    }
    JsonNode primary = result.path("primaryMetric");
    String unit = primary.path("scoreUnit").asText();
    double alloc = Double.NaN;
    for (Map.Entry<String, JsonNode> metric : result.path("secondaryMetrics").properties()) {
      if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
        alloc = metric.getValue().path("score").asDouble(Double.NaN);
      }
    }
    JsonNode percentiles = primary.path("scorePercentiles");
    double toMillis = millis(unit);
    return new Row(name, result.path("mode").asText(), params, result.path("threads").asInt(1),
        primary.path("score").asDouble(Double.NaN), primary.path("scoreError").asDouble(Double.NaN), unit, alloc,
        percentiles.path("50.0").asDouble(Double.NaN) * toMillis,
        percentiles.path("99.0").asDouble(Double.NaN) * toMillis);
  }

  private static double perSecond(String unit) {
    switch (unit) {
      case "ops/s": return 1;
      case "ops/ms": return 1e3;
      case "ops/us": return 1e6;
      case "ops/ns": return 1e9;
      case "ops/min": return 1.0 / 60;
      default: return Double.NaN;
    }
  }

  private static double millis(String unit) {
    switch (unit) {
      case "s/op": return 1e3;
      case "ms/op": return 1;
      case "us/op": return 1e-3;
      case "ns/op": return 1e-6;
      default: return Double.NaN;
    }
  }

  void printTable(PrintStream out) {
    out.printf(Locale.ROOT, "%-52s %-6s %3s %14s %10s %-7s %12s %10s %10s%n", "benchmark", "mode", "thr", "score",
        "error", "unit", "alloc B/op", "p50 ms", "p99 ms");
    for (Row row : rows) {
      out.printf(Locale.ROOT, "%-52s %-6s %3d %14s %10s %-7s %12s %10s %10s%n", row.label(), row.mode(),
          row.threads(), number(row.score()), number(row.error()), row.unit(), number(row.allocBytesPerOp()),
          number(row.p50()), number(row.p99()));
    }
  }

  /** The ratio lines, in a fixed order; a line whose inputs are missing says so instead of a number. */
  List<String> ratioLines() {
    List<String> lines = new ArrayList<>();
    for (String size : SIZES) {
      decodeLines(lines, "decode-" + size, "UserInfoDecodeBenchmark.", "", Map.of("size", size),
          Bodies.userInfo(UserInfoDecodeBenchmark.bytes(size), Bodies.SEED).length, "alloc-" + size);
    }
    decodeLines(lines, "decode-profiles", "EndpointDecodeBenchmark.", "profiles", Map.of(),
        Bodies.profiles(EndpointDecodeBenchmark.PROFILES, Bodies.SEED).length, "alloc-profiles");
    decodeLines(lines, "decode-account", "EndpointDecodeBenchmark.", "account", Map.of(),
        Bodies.account(Bodies.SEED).length, "alloc-account");

    Optional<Row> ours1 = find("RoundTripBenchmark.ours1", "thrpt", Map.of());
    Optional<Row> raw1 = find("RoundTripBenchmark.raw1", "thrpt", Map.of());
    Optional<Row> ours64 = find("RoundTripBenchmark.ours64", "thrpt", Map.of());
    Optional<Row> raw64 = find("RoundTripBenchmark.raw64", "thrpt", Map.of());
    lines.add(atLeast("roundtrip-1 ours/raw", ratio(ours1, raw1, Row::opsPerSecond), 0.9));
    lines.add(atLeast("roundtrip-64 ours/raw", ratio(ours64, raw64, Row::opsPerSecond), 0.9));
    // benchmarks/run leaves adapter64 to CpuRatioCheck; a run that has it gets the line
    find("RoundTripBenchmark.adapter64", "thrpt", Map.of()).ifPresent(adapter64 ->
        lines.add(info("roundtrip-64 adapter/raw", ratio(Optional.of(adapter64), raw64, Row::opsPerSecond),
            "the adapter without the application service")));
    Optional<Row> ours64s = find("RoundTripBenchmark.ours64", "sample", Map.of());
    Optional<Row> raw64s = find("RoundTripBenchmark.raw64", "sample", Map.of());
    Optional<Row> ours1s = find("RoundTripBenchmark.ours1", "sample", Map.of());
    Optional<Row> raw1s = find("RoundTripBenchmark.raw1", "sample", Map.of());
    lines.add(info("p50-added-ms", difference(ours64s, raw64s, Row::p50), "at 64 in flight"));
    lines.add(atMost("p99-added-ms", difference(ours64s, raw64s, Row::p99), 0.2));
    lines.add(info("p99-added-ms-1", difference(ours1s, raw1s, Row::p99), "sequential"));
    lines.add(info("roundtrip-64 ours calls/s", ours64.map(Row::opsPerSecond).orElse(Double.NaN), ""));

    double fake = find("FakeBenchmark.userInfo", "thrpt", Map.of()).map(Row::opsPerSecond).orElse(Double.NaN);
    lines.add(atLeast("fake calls/s", fake, 1e6));
    memory.ifPresent(summary -> {
      targets++;
      String result = summary.getProperty("result", "MISSING");
      if (result.equals("PASS")) {
        met++;
      }
      lines.add("memory-" + summary.getProperty("label", "10k") + " " + result + "  (" + summary.getProperty("detail", "")
          + ")");
    });
    return lines;
  }

  private void decodeLines(List<String> lines, String label, String benchmark, String prefix,
      Map<String, String> params, int bodyBytes, String allocLabel) {
    Optional<Row> ours = find(benchmark + method(prefix, "ours"), "thrpt", params);
    Optional<Row> databind = find(benchmark + method(prefix, "databind"), "thrpt", params);
    Optional<Row> scan = find(benchmark + method(prefix, "scan"), "thrpt", params);
    lines.add(atLeast(label + " ours/databind", ratio(ours, databind, Row::opsPerSecond), 1.2));
    lines.add(atLeast(label + " ours/scan", ratio(ours, scan, Row::opsPerSecond), 0.6));
    double alloc = ours.map(Row::allocBytesPerOp).orElse(Double.NaN);
    double floor = scan.map(Row::allocBytesPerOp).orElse(Double.NaN);
    lines.add(atMost(allocLabel + " bytes/op / body bytes", alloc / bodyBytes, 3.0)
        + "  [body " + bodyBytes + " B; scan floor " + number(floor / bodyBytes) + "]");
  }

  private static String method(String prefix, String which) {
    return prefix.isEmpty() ? which : prefix + Character.toUpperCase(which.charAt(0)) + which.substring(1);
  }

  private Optional<Row> find(String name, String mode, Map<String, String> params) {
    return rows.stream()
        .filter(r -> r.name().equals(name) && r.mode().equals(mode) && r.params().entrySet().containsAll(params.entrySet()))
        .findFirst();
  }

  private interface Metric {
    double of(Row row);
  }

  private static double ratio(Optional<Row> a, Optional<Row> b, Metric metric) {
    return a.isPresent() && b.isPresent() ? metric.of(a.get()) / metric.of(b.get()) : Double.NaN;
  }

  private static double difference(Optional<Row> a, Optional<Row> b, Metric metric) {
    return a.isPresent() && b.isPresent() ? metric.of(a.get()) - metric.of(b.get()) : Double.NaN;
  }

  private String atLeast(String label, double value, double target) {
    return judged(label, value, ">=", target, value >= target);
  }

  private String atMost(String label, double value, double target) {
    return judged(label, value, "<=", target, value <= target);
  }

  private String judged(String label, double value, String relation, double target, boolean ok) {
    targets++;
    if (Double.isNaN(value)) {
      return label + " n/a  (target " + relation + " " + number(target) + ": not measured)";
    }
    if (ok) {
      met++;
    }
    return label + " " + number(value) + "  (target " + relation + " " + number(target) + ": "
        + (ok ? "met" : "MISSED") + ")";
  }

  private static String info(String label, double value, String note) {
    return label + " " + (Double.isNaN(value) ? "n/a" : number(value)) + (note.isEmpty() ? "" : "  (" + note + ")");
  }

  /** Two decimals below 10,000, otherwise {@code 1.4e6}. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    double magnitude = Math.abs(value);
    if (magnitude < 10_000) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    int exponent = (int) Math.floor(Math.log10(magnitude));
    return String.format(Locale.ROOT, "%.2fe%d", value / Math.pow(10, exponent), exponent);
  }
}
