package net.calkit.identity.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import net.calkit.identity.json.IdentityJsonCodec;

/**
 * A cross-check for JMH on an oversubscribed machine (not JMH): runs the decode candidates of one body
 * interleaved in short slices of <em>thread CPU time</em>, rotating their order each round, and reports
 * the median of the per-round ratios; also the fake's calls per CPU second through the application service. Time the thread spends descheduled counts for nobody, and load that
 * changes over seconds hits every candidate alike, so the ratios stay usable when wall-clock throughput
 * swings by 3x between JMH forks. It does not replace JMH (no forks, no blackhole, CPU time is not
 * latency); {@code benchmarks/run} prints its lines beside JMH's.
 *
 * <p>Usage: {@code CpuRatioCheck [--rounds 6] [--slice-ms 40] [--warmup-ms 300] [--out file]}.
 */
public final class CpuRatioCheck {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuRatioCheck() {}

  @SuppressWarnings("unused") // written so the JIT cannot drop the decoded values
  private static volatile Object sink;

  /** Runs every group; see the class comment. */
  public static void main(String[] args) throws IOException {
    int rounds = 6;
    long sliceMillis = 40;
    long warmupMillis = 300;
    Path out = Path.of("target", "cpu-ratios.properties");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--rounds": rounds = Integer.parseInt(args[i + 1]); break;
        case "--slice-ms": sliceMillis = Long.parseLong(args[i + 1]); break;
        case "--warmup-ms": warmupMillis = Long.parseLong(args[i + 1]); break;
        case "--out": out = Path.of(args[i + 1]); break;
        default: throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Properties results = new Properties();
    IdentityJsonCodec codec = IdentityJsonCodec.create();
    Map<String, List<Supplier<?>>> groups = new LinkedHashMap<>();
    for (String size : new String[] {"1k", "10k", "100k"}) {
      byte[] bytes = Bodies.userInfo(UserInfoDecodeBenchmark.bytes(size), Bodies.SEED);
      groups.put("decode-" + size, List.of(
          () -> codec.decodeUserInfo(bytes), () -> read(Dtos.USER_INFO, bytes), () -> TokenScan.scan(bytes)));
    }
    byte[] profiles = Bodies.profiles(EndpointDecodeBenchmark.PROFILES, Bodies.SEED);
    groups.put("decode-profiles", List.of(
        () -> codec.decodeProfiles(profiles), () -> read(Dtos.PROFILES, profiles), () -> TokenScan.scan(profiles)));
    byte[] account = Bodies.account(Bodies.SEED);
    groups.put("decode-account", List.of(
        () -> codec.decodeAccount(account), () -> read(Dtos.ACCOUNT, account), () -> TokenScan.scan(account)));
    FakeBenchmark fake = new FakeBenchmark();
    fake.setUp();
    groups.put("fake", List.of(fake::userInfo));
    // Warm every candidate before measuring any, so the first group is not measured half-compiled: with
    // two passes only, decode-1k, measured first, read 4x slower for ours and databind alike in about half
    // the runs (see WarmUp).
    long warmupCpuMillis = warmupMillis;
    WarmUp.untilJitQuiet(() -> {
      for (List<Supplier<?>> candidates : groups.values()) {
        for (Supplier<?> candidate : candidates) {
          opsPerCpuSecond(candidate, warmupCpuMillis);
        }
      }
    }, 2, 8, 50);
    for (Map.Entry<String, List<Supplier<?>>> group : groups.entrySet()) {
      double[][] rates = measure(group.getValue(), rounds, sliceMillis);
      String label = group.getKey();
      if (group.getValue().size() == 3) {
        results.setProperty(label + " ours/databind", format(medianRatio(rates, 0, 1)));
        results.setProperty(label + " ours/scan", format(medianRatio(rates, 0, 2)));
      }
      List<Double> oursRates = new ArrayList<>();
      for (double[] round : rates) {
        oursRates.add(round[0]);
      }
      results.setProperty(label + " ours ops/cpu-s", format(median(oursRates)));
    }
    roundTrip(results, rounds, sliceMillis, warmupMillis);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream stream = Files.newOutputStream(out)) {
      results.store(stream, "CpuRatioCheck: median per-round ratios of operations per thread-CPU second");
    }
    results.stringPropertyNames().stream().sorted().forEach(key -> System.out.println(key + " " + results.get(key)));
  }

  private static Object read(com.fasterxml.jackson.databind.ObjectReader reader, byte[] body) {
    try {
      return reader.readValue(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sequential round trips, ours vs raw, interleaved the same way but in slices of wall-clock time: a
   * round trip spends most of its time on other threads (event loops, the server), so CPU time of the
   * calling thread would say nothing.
   */
  private static void roundTrip(Properties results, int rounds, long sliceMillis, long warmupMillis) {
    RoundTripBenchmark state = new RoundTripBenchmark();
    try {
      state.setUp();
      List<Supplier<?>> candidates = List.of(() -> call(state::ours1), () -> call(state::raw1));
      for (int pass = 0; pass < 2; pass++) {
        for (Supplier<?> candidate : candidates) {
          opsPerWallSecond(candidate, warmupMillis);
        }
      }
      double[][] rates = new double[rounds * 2][2];
      double[][] cpuPerCall = new double[rounds * 2][2];
      for (int round = 0; round < rates.length; round++) {
        for (int k = 0; k < 2; k++) {
          int which = (k + round) % 2;
          long cpuBefore = processCpuNanos();
          long opsBefore = wallOps;
          rates[round][which] = opsPerWallSecond(candidates.get(which), sliceMillis * 2);
          cpuPerCall[round][which] = (processCpuNanos() - cpuBefore) / 1e3 / Math.max(1, wallOps - opsBefore);
        }
      }
      results.setProperty("roundtrip-1 ours/raw (wall, interleaved)", format(medianRatio(rates, 0, 1)));
      // CPU of the whole process (client, server, JIT, GC) per call: on 2 cores at 64 in flight the
      // round trip is CPU-bound, so raw/ours here predicts the 64-in-flight throughput ratio
      List<Double> ours = new ArrayList<>();
      List<Double> raw = new ArrayList<>();
      for (double[] round : cpuPerCall) {
        ours.add(round[0]);
        raw.add(round[1]);
      }
      results.setProperty("roundtrip-1 process cpu-us/call ours", format(median(ours)));
      results.setProperty("roundtrip-1 process cpu-us/call raw", format(median(raw)));
      inFlight(results, state, rounds, sliceMillis);
      state.tearDown();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the loopback server did not start or stop in time", e);
    }
  }

  /**
   * 64 calls in flight (64 threads, each waiting for its call, as in the JMH benchmark), ours vs raw,
   * interleaved in slices of wall-clock time: calls per wall second and process CPU per call.
   */
  private static void inFlight(Properties results, RoundTripBenchmark state, int rounds, long sliceMillis) {
    List<Call> candidates = List.of(state::ours64, state::raw64, state::adapter64);
    String[] names = {"ours", "raw", "adapter"};
    for (int pass = 0; pass < 2; pass++) {
      for (Call candidate : candidates) {
        inFlightSlice(candidate, sliceMillis * 4);
      }
    }
    double[][] rates = new double[rounds][candidates.size()];
    double[][] cpu = new double[rounds][candidates.size()];
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < candidates.size(); k++) {
        int which = (k + round) % candidates.size();
        double[] slice = inFlightSlice(candidates.get(which), sliceMillis * 4);
        rates[round][which] = slice[0];
        cpu[round][which] = slice[1];
      }
    }
    results.setProperty("roundtrip-64 ours/raw (wall, interleaved)", format(medianRatio(rates, 0, 1)));
    for (int i = 0; i < names.length; i++) {
      List<Double> values = new ArrayList<>();
      List<Double> calls = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        values.add(cpu[round][i]);
        calls.add(rates[round][i]);
      }
      results.setProperty("roundtrip-64 process cpu-us/call " + names[i], format(median(values)));
      results.setProperty("roundtrip-64 calls/s " + names[i], format(median(calls)));
    }
  }

  private static double[] inFlightSlice(Call call, long millis) {
    java.util.concurrent.atomic.AtomicLong ops = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    long cpuBefore = processCpuNanos();
    long start = System.nanoTime();
    for (int t = 0; t < 64; t++) {
      Thread thread = new Thread(() -> {
        while (!stop.get()) {
          call(call);
          ops.incrementAndGet();
        }
      });
      thread.start();
      threads.add(thread);
    }
    try {
      Thread.sleep(millis);
      stop.set(true);
      for (Thread thread : threads) {
        thread.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    long elapsed = System.nanoTime() - start;
    long cpu = processCpuNanos() - cpuBefore;
    return new double[] {ops.get() * 1e9 / elapsed, cpu / 1e3 / Math.max(1, ops.get())};
  }

  private interface Call {
    Object run() throws Exception;
  }

  private static Object call(Call call) {
    try {
      return call.run();
    } catch (Exception e) {
      throw new IllegalStateException("round trip failed", e);
    }
  }

  private static long wallOps;

  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime()
        : 0;
  }

  private static double opsPerWallSecond(Supplier<?> op, long millis) {
    long budget = millis * 1_000_000;
    long start = System.nanoTime();
    long now = start;
    long ops = 0;
    while (now - start < budget) {
      sink = op.get();
      ops++;
      now = System.nanoTime();
    }
    wallOps += ops;
    return ops * 1e9 / (now - start);
  }

  private static double[][] measure(List<Supplier<?>> candidates, int rounds, long sliceMillis) {
    double[][] rates = new double[rounds][candidates.size()];
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < candidates.size(); k++) {
        int which = (k + round) % candidates.size();
        rates[round][which] = opsPerCpuSecond(candidates.get(which), sliceMillis);
      }
    }
    return rates;
  }

  private static double opsPerCpuSecond(Supplier<?> op, long millis) {
    long budget = millis * 1_000_000;
    long start = THREADS.getCurrentThreadCpuTime();
    long now = start;
    long ops = 0;
    while (now - start < budget) {
      for (int i = 0; i < 16; i++) {
        sink = op.get();
      }
      ops += 16;
      now = THREADS.getCurrentThreadCpuTime();
    }
    return ops * 1e9 / (now - start);
  }

  private static double medianRatio(double[][] rates, int a, int b) {
    List<Double> ratios = new ArrayList<>();
    for (double[] round : rates) {
      ratios.add(round[a] / round[b]);
    }
    return median(ratios);
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static String format(double value) {
    return value >= 10_000 ? Report.number(value) : String.format(Locale.ROOT, "%.2f", value);
  }
}
