package org.corroborate.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.bench.gen.CorpusGenerator;
import org.corroborate.engine.Corroborate;
import org.corroborate.engine.EngineOptions;
import org.corroborate.engine.ProgressListener;
import org.corroborate.model.Report;

/**
 * One measured scan, run by {@link ScaleBenchmark} in a JVM of its own so that peak heap and peak
 * RSS belong to this scan alone: {@code ScanRun FOLDER THREADS}. Prints one line
 * {@code RESULT {json}} with the wall time, the CPU time, the collectors' time and the load average at the start and end, claims, clusters, per-stage and per-phase times, peak heap, live heap
 * and RSS, and the ground-truth check; or {@code RESULT {"error": ...}} naming the stage that broke.
 * With {@code -Dbench.histogram=true} it also keeps a class histogram at the largest live heap; with
 * {@code -Dbench.stageSampleSeconds=S} it takes a class histogram every S seconds and keeps, per
 * stage, the one with the largest live total ({@code stageLive}).
 */
public final class ScanRun {
  /** Prefix of the line the parent reads. */
  public static final String RESULT = "RESULT ";

  /**
   * Heap set aside during the scan and let go when it runs out of memory, so that reporting the
   * failure (the stage, the memory figures, the histogram) does not itself run out: without it the
   * 100k scan died with a bare OutOfMemoryError and no result. A 32nd of the heap, at most 32 MB
   * (a fixed 32 MB was an eighth of a 256 MB heap, and counted in its live heap).
   */
  private static final int RESERVE_BYTES = (int) Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 32);

  private static byte[] reserve;

  private static final OperatingSystemMXBean SYSTEM = ManagementFactory.getOperatingSystemMXBean();

  private ScanRun() {}

  /** Records when each stage starts. Called by one thread at a time. */
  private static final class StageClock implements ProgressListener {
    final Map<String, Long> millis = new LinkedHashMap<>();
    /** Per stage, the process CPU time (every thread) it took. */
    final Map<String, Long> cpuMillis = new LinkedHashMap<>();
    /** Per "stage/phase", the time its phases took (summed over a phase's repeats). */
    final Map<String, Long> phaseMillis = new LinkedHashMap<>();
    /** Per "stage/phase", the process CPU time (every thread) its phases took: on a busy machine the fairer figure. */
    final Map<String, Long> phaseCpuMillis = new LinkedHashMap<>();
    volatile String current;
    long since;
    long cpuSince;
    String phase;
    long phaseSince;
    long phaseCpuSince;

    @Override
    public void stage(String name) {
      lap();
      current = name;
      since = System.nanoTime();
      cpuSince = processCpuNanos();
    }

    @Override
    public void phase(String name) {
      lapPhase();
      phase = current + "/" + name;
      phaseSince = System.nanoTime();
      phaseCpuSince = processCpuNanos();
    }

    @Override
    public void finished() {
      lap();
      current = null;
    }

    private void lap() {
      lapPhase();
      if (current != null) {
        millis.merge(current, (System.nanoTime() - since) / 1_000_000, Long::sum);
        cpuMillis.merge(current, (processCpuNanos() - cpuSince) / 1_000_000, Long::sum);
      }
    }

    private void lapPhase() {
      if (phase != null) {
        phaseMillis.merge(phase, (System.nanoTime() - phaseSince) / 1_000_000, Long::sum);
        phaseCpuMillis.merge(phase, (processCpuNanos() - phaseCpuSince) / 1_000_000, Long::sum);
      }
      phase = null;
    }
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path folder = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("threads", threads);
    StageClock clock = new StageClock();
    long stageSampleMillis = Long.getLong("bench.stageSampleSeconds", 0) * 1000;
    try (MemoryMonitor memory = new MemoryMonitor(Boolean.getBoolean("bench.histogram"), () -> clock.current, stageSampleMillis)) {
      Report report;
      long t0 = System.nanoTime();
      long cpu0 = processCpuNanos();
      long gc0 = gcMillis();
      double load0 = SYSTEM.getSystemLoadAverage();
      // load the JSON writer's classes now: loading them after an OutOfMemoryError failed at 100k
      ObjectMapper json = new ObjectMapper();
      json.writeValueAsString(Map.of("warm-up", List.of(1L, 2.5, "x")));
      reserve = new byte[RESERVE_BYTES];
      try {
        // as `corroborate scan --format json` (or text) runs it: no article texts kept for an HTML view
        EngineOptions options = EngineOptions.DEFAULTS.withThreads(threads).withProgress(clock).withArticleTexts(false);
        report = new Corroborate(options).scan(folder);
      } catch (OutOfMemoryError e) {
        reserve = null;
        result.put("error", "OutOfMemoryError in stage " + clock.current + " (max heap "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
        putMemory(result, memory);
        out.println(RESULT + json.writeValueAsString(result));
        return;
      }
      long wallMillis = (System.nanoTime() - t0) / 1_000_000;
      result.put("cpuMillis", (processCpuNanos() - cpu0) / 1_000_000);
      result.put("gcMillis", gcMillis() - gc0);
      result.put("loadAverage", List.of(load0, SYSTEM.getSystemLoadAverage()));
      result.put("articles", report.articles().size());
      result.put("claims", report.claimCount());
      result.put("clusters", report.clusters().size());
      result.put("contradictions", report.contradictions().size());
      result.put("wallMillis", wallMillis);
      result.put("stageMillis", clock.millis);
      result.put("stageCpuMillis", clock.cpuMillis);
      result.put("phaseMillis", clock.phaseMillis);
      result.put("phaseCpuMillis", clock.phaseCpuMillis);
      putMemory(result, memory);
      Path truth = folder.resolve(CorpusGenerator.TRUTH_FILE);
      if (truth.toFile().isFile()) {
        TruthCheck.Result check = new TruthCheck(report).check(truth);
        result.put("truth", check);
      }
    }
    out.println(RESULT + new ObjectMapper().writeValueAsString(result));
  }

  /**
   * CPU time (user and system) of the whole scan JVM so far, compiler and collector threads
   * included; -1 where the JVM cannot tell. On a shared machine it says what the scan cost where wall
   * time says how long it waited for a core.
   */
  static long processCpuNanos() {
    return SYSTEM instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
  }

  /**
   * The time the collectors report for their collections so far (their pauses, and for G1's
   * concurrent cycles their work beside the application), summed over every collector.
   */
  static long gcMillis() {
    long sum = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  private static void putMemory(Map<String, Object> result, MemoryMonitor memory) {
    result.put("peakHeapBytes", memory.peakHeapBytes());
    result.put("peakLiveBytes", memory.peakLiveBytes());
    result.put("peakRssBytes", MemoryMonitor.peakRssBytes());
    result.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    if (!memory.histogram().isEmpty()) result.put("histogram", memory.histogram());
    Map<String, MemoryMonitor.StageSample> stages = memory.stageSamples();
    if (!stages.isEmpty()) {
      Map<String, Object> live = new LinkedHashMap<>();
      new java.util.TreeMap<>(stages).forEach((stage, sample) ->
          live.put(stage, Map.of("liveBytes", sample.liveBytes(), "histogram", sample.histogram())));
      result.put("stageLive", live);
    }
  }
}
