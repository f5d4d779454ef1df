package org.isnad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The calling thread's CPU time in nanoseconds, so that a one-core benchmark measures the work of
 * its thread, not what other processes on a shared machine take from it; wall time where the JVM
 * cannot tell, or when the system property {@code isnad.bench.clock} is {@code wall}. Both sides of a ratio are timed with the same clock. The garbage collector's and the
 * compiler's threads are not counted, on either side. (The process's CPU time, tried first, mixes
 * them up between the sides: a collection the pipeline's garbage causes runs during a floor's
 * round.)
 */
public final class CpuClock {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported()
      && !"wall".equals(System.getProperty("isnad.bench.clock"));

  private CpuClock() {}

  public static long nanos() {
    return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** What {@link #nanos} measures, for the benchmark's printout. */
  public static String describe() {
    return CPU ? "thread CPU time" : "wall time";
  }
}
