package org.recovery.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The operations of {@link ColdReadBenchmark} measured by the CPU time of the thread running them,
 * in turns (with a snapshot, without, the raw scan, opening only), after 30 turns of warming up. On
 * a machine shared with other work, wall-clock times mostly measure waiting for a core; the
 * thread's CPU time leaves that out (and the JIT's threads). Prints the medians and their ratios.
 *
 * <pre>java -cp recovery-benchmarks/target/benchmarks.jar org.recovery.benchmarks.ColdReadCpu 14 60
 * </pre>
 */
public final class ColdReadCpu {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] NAMES = {"withSnapshot", "withoutSnapshot", "rawScan", "openOnly"};

  private ColdReadCpu() {}

  /**
   * Runs the measurement.
   *
   * @param args the months of the simulated journey (14 if absent) and the measured turns (60)
   */
  public static void main(String[] args) throws Exception {
    ColdReadBenchmark bench = new ColdReadBenchmark();
    bench.months = args.length > 0 ? Integer.parseInt(args[0]) : 14;
    int turns = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    bench.open();
    try {
      long[][] cpu = new long[NAMES.length][turns];
      for (int turn = -30; turn < turns; turn++) {
        long[] one = {
          cpu(bench::withSnapshot),
          cpu(bench::withoutSnapshot),
          cpu(bench::rawScan),
          cpu(bench::openOnly)
        };
        for (int k = 0; turn >= 0 && k < NAMES.length; k++) {
          cpu[k][turn] = one[k];
        }
      }
      double[] median = new double[NAMES.length];
      for (int k = 0; k < NAMES.length; k++) {
        Arrays.sort(cpu[k]);
        median[k] = cpu[k][turns / 2] / 1e6;
        System.out.printf(
            Locale.ROOT,
            "%-16s median %7.2f ms of CPU (quartiles %.2f, %.2f)%n",
            NAMES[k],
            median[k],
            cpu[k][turns / 4] / 1e6,
            cpu[k][3 * turns / 4] / 1e6);
      }
      System.out.printf(
          Locale.ROOT,
          "%d events: withSnapshot %.1f x rawScan, withoutSnapshot %.1f x rawScan,"
              + " withSnapshot %.2f x withoutSnapshot%n",
          bench.events(),
          median[0] / median[2],
          median[1] / median[2],
          median[0] / median[1]);
    } finally {
      bench.close();
    }
  }

  private static long cpu(Callable<?> operation) throws Exception {
    long start = THREADS.getCurrentThreadCpuTime();
    operation.call();
    return THREADS.getCurrentThreadCpuTime() - start;
  }
}
