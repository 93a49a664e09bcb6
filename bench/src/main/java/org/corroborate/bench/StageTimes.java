package org.corroborate.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.corroborate.engine.Corroborate;
import org.corroborate.engine.EngineOptions;
import org.corroborate.engine.ProgressListener;
import org.corroborate.ingest.CorpusReader;
import org.corroborate.model.Corpus;

/**
 * Warm wall time of each stage of {@code Corroborate.analyze} on real articles, and the process CPU
 * per pass: {@code --warm} passes first (not timed), then {@code --passes} timed ones, each stage's
 * median and the floor's ({@link FloorTagger}, one thread) median per pass printed side by side.
 * Options: {@code --seeds DIR} {@code --warm 5} {@code --passes 30} {@code --threads N}.
 */
public final class StageTimes {
  private StageTimes() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path seeds = Path.of("seeds");
    int warm = 5;
    int passes = 30;
    int threads = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--seeds" -> seeds = Path.of(args[i + 1]);
        case "--warm" -> warm = Integer.parseInt(args[i + 1]);
        case "--passes" -> passes = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Corpus corpus = new CorpusReader().read(seeds);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Clock clock = new Clock(os);
    Corroborate engine = new Corroborate(EngineOptions.DEFAULTS.withThreads(threads).withProgress(clock));
    FloorTagger tagger = new FloorTagger();
    for (int i = 0; i < warm; i++) {
      engine.analyze("seeds", corpus);
      corpus.articles().forEach(a -> tagger.tag(a.text()));
    }
    java.lang.management.ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
    Map<String, long[]> byStage = new LinkedHashMap<>();
    long[] total = new long[passes];
    long[] cpu = new long[passes];
    long[] floor = new long[passes];
    long[] floorCpu = new long[passes];
    Map<String, long[]> cpuByStage = new LinkedHashMap<>();
    Map<String, long[]> ownByStage = new LinkedHashMap<>();
    Map<String, long[]> poolByStage = new LinkedHashMap<>();
    for (int p = 0; p < passes; p++) {
      clock.reset();
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      engine.analyze("seeds", corpus);
      total[p] = System.nanoTime() - t0;
      cpu[p] = os.getProcessCpuTime() - c0;
      clock.nanos.forEach((stage, nanos) -> append(byStage, stage, nanos));
      clock.cpu.forEach((stage, nanos) -> append(cpuByStage, stage, nanos));
      clock.ownCpu.forEach((stage, nanos) -> append(ownByStage, stage, nanos));
      clock.poolCpu.forEach((stage, nanos) -> append(poolByStage, stage, nanos));
      long fc = threadsBean.getCurrentThreadCpuTime();
      long f0 = System.nanoTime();
      corpus.articles().forEach(a -> tagger.tag(a.text()));
      floor[p] = System.nanoTime() - f0;
      floorCpu[p] = threadsBean.getCurrentThreadCpuTime() - fc;
    }
    out.printf(Locale.ROOT, "%d articles, %d threads, %d passes after %d warm-up passes (medians)%n",
        corpus.articles().size(), threads, passes, warm);
    byStage.forEach((stage, values) -> out.printf(Locale.ROOT,
        "  %-28s %7.1f ms wall, %7.1f ms process CPU, %7.1f ms CPU of the calling thread, %7.1f with the common pool%n",
        stage, median(values) / 1e6, median(cpuByStage.get(stage)) / 1e6, median(ownByStage.get(stage)) / 1e6,
        median(poolByStage.get(stage)) / 1e6));
    out.printf(Locale.ROOT, "  %-28s %7.1f ms wall, %7.1f ms process CPU%n", "analyze", median(total) / 1e6,
        median(cpu) / 1e6);
    out.printf(Locale.ROOT, "  %-28s %7.1f ms wall, %7.1f ms thread CPU (1 thread)%n", "floor", median(floor) / 1e6,
        median(floorCpu) / 1e6);
    out.printf(Locale.ROOT, "analyze / floor: %.2f wall, %.2f CPU%n", (double) median(total) / median(floor),
        (double) median(cpu) / median(floorCpu));
  }

  private static void append(Map<String, long[]> series, String key, long value) {
    long[] values = series.getOrDefault(key, new long[0]);
    values = Arrays.copyOf(values, values.length + 1);
    values[values.length - 1] = value;
    series.put(key, values);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Times the stages between the listener's stage calls. */
  private static final class Clock implements ProgressListener {
    final Map<String, Long> nanos = new LinkedHashMap<>();
    final Map<String, Long> cpu = new LinkedHashMap<>();
    final Map<String, Long> ownCpu = new LinkedHashMap<>();
    /** CPU of the calling thread and the common fork-join pool's workers (they outlive a pass). */
    final Map<String, Long> poolCpu = new LinkedHashMap<>();
    private long poolSince;
    private final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long ownSince;
    private final com.sun.management.OperatingSystemMXBean os;
    private String stage;
    private long since;
    private long cpuSince;

    Clock(com.sun.management.OperatingSystemMXBean os) {
      this.os = os;
    }

    void reset() {
      nanos.clear();
      cpu.clear();
      ownCpu.clear();
      poolCpu.clear();
      stage = null;
    }

    @Override
    public synchronized void stage(String name) {
      close();
      stage = name;
      since = System.nanoTime();
      cpuSince = os.getProcessCpuTime();
      ownSince = threads.getCurrentThreadCpuTime();
      poolSince = callerAndCommonPool();
    }

    private long callerAndCommonPool() {
      long sum = threads.getCurrentThreadCpuTime();
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (t.getName().startsWith("ForkJoinPool.commonPool-worker")) {
          long c = threads.getThreadCpuTime(t.threadId());
          sum += Math.max(0, c);
        }
      }
      return sum;
    }

    @Override
    public synchronized void finished() {
      close();
      stage = null;
    }

    private void close() {
      if (stage != null) {
        nanos.merge(stage, System.nanoTime() - since, Long::sum);
        cpu.merge(stage, os.getProcessCpuTime() - cpuSince, Long::sum);
        ownCpu.merge(stage, threads.getCurrentThreadCpuTime() - ownSince, Long::sum);
        poolCpu.merge(stage, callerAndCommonPool() - poolSince, Long::sum);
      }
    }
  }
}
