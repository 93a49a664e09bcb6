package org.corroborate.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Wall time of a check's phases, for finding where a short run spends its time: each {@link #lap}
 * records the time since the same thread's previous lap (or since the clock started) under a
 * phase name, with the thread's name. {@link #NONE} records nothing and costs nothing. Thread
 * safe.
 */
public class PhaseClock {
  /** A clock that records nothing. */
  public static final PhaseClock NONE = new PhaseClock(0) {
    @Override
    public void lap(String phase) {}
  };

  /**
   * One lap.
   *
   * @param phase what the thread did
   * @param thread the thread's name
   * @param millis wall time since the thread's previous lap, or since the clock started
   * @param atMillis wall time from the clock's start to the lap's end
   * @param cpuMillis the thread's CPU time since its previous lap (since it started, on its first)
   */
  public record Lap(String phase, String thread, double millis, double atMillis, double cpuMillis) {}

  private final long start;
  private final List<Lap> laps = new ArrayList<>();
  private final ThreadLocal<Long> last = new ThreadLocal<>();
  private final ThreadLocal<Long> lastCpu = new ThreadLocal<>();

  private PhaseClock(long start) {
    this.start = start;
  }

  /** A clock that records, started now. */
  public static PhaseClock started() {
    return new PhaseClock(System.nanoTime());
  }

  /** Records that this thread's work since its previous lap was {@code phase}. */
  public void lap(String phase) {
    long now = System.nanoTime();
    long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    Long before = last.get();
    Long cpuBefore = lastCpu.get();
    last.set(now);
    lastCpu.set(cpu);
    Lap lap = new Lap(phase, Thread.currentThread().getName(), (now - (before == null ? start : before)) / 1e6,
        (now - start) / 1e6, (cpu - (cpuBefore == null ? 0 : cpuBefore)) / 1e6);
    synchronized (laps) {
      laps.add(lap);
    }
  }

  /** The laps so far, in the order they were recorded. */
  public List<Lap> laps() {
    synchronized (laps) {
      return List.copyOf(laps);
    }
  }
}
