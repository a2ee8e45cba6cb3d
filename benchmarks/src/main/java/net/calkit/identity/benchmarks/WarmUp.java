package net.calkit.identity.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Warm-up for the checks that are not JMH: a fixed number of passes is not enough on 2 cores, where the JIT
 * can still have a backlog after them (a second pass of {@code CpuRatioCheck} compiled for 360 to 817 ms),
 * and what is then measured is partly C1 code. So passes go on until one leaves the JIT nearly idle.
 */
final class WarmUp {
  private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

  private WarmUp() {}

  /**
   * Runs {@code pass} at least {@code minPasses} times, then until one run compiles for at most
   * {@code quietMillis}, {@code maxPasses} times at the most; returns the compile time of the last pass.
   */
  static long untilJitQuiet(Runnable pass, int minPasses, int maxPasses, long quietMillis) {
    long compiling = Long.MAX_VALUE;
    for (int i = 0; i < maxPasses && (i < minPasses || compiling > quietMillis); i++) {
      long before = COMPILER.getTotalCompilationTime();
      pass.run();
      compiling = COMPILER.getTotalCompilationTime() - before;
    }
    return compiling;
  }
}
