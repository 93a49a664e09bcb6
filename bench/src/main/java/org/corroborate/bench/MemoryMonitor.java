package org.corroborate.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.management.ListenerNotFoundException;
import javax.management.MalformedObjectNameException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.JMException;
import javax.management.openmbean.CompositeData;

/**
 * Watches this JVM's heap while a scan runs: the peak heap in use (the larger of a 20 ms sampler and
 * every collection's before-GC usage), the peak live heap (after-GC usage), and, when asked, a class
 * histogram taken each time the live heap grows past its last histogram by a quarter. Reads the
 * process's peak resident set from {@code /proc/self/status}. When given a sampling period it also
 * takes a class histogram (a full collection) every period and keeps, per stage of the scan, the one
 * with the largest live total: where each stage's live heap peaks and what it holds. Thread safe.
 */
final class MemoryMonitor implements AutoCloseable {
  /** How often the sampler reads the heap. */
  static final long SAMPLE_MILLIS = 20;
  /** Lines of the class histogram kept (header included). */
  static final int HISTOGRAM_LINES = 18;
  /** Lines kept of each stage's histogram (header included). */
  static final int STAGE_HISTOGRAM_LINES = 32;

  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();
  private final boolean histograms;
  private final Set<String> heapPools = new HashSet<>();
  private final NotificationListener listener = this::onGc;
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile String histogram = "";
  private long histogramAt;
  private final Supplier<String> stage;
  private final long stageSampleMillis;
  private final Map<String, StageSample> stageSamples = new TreeMap<>();
  private final Thread stageSampler;

  /** The largest live heap seen in one stage's samples, and the histogram that counted it. */
  record StageSample(long liveBytes, String histogram) {}

  MemoryMonitor(boolean histograms) {
    this(histograms, () -> "", 0);
  }

  /**
   * @param stage the scan's current stage (empty or null between stages)
   * @param stageSampleMillis the period of the per-stage histograms, or 0 for none
   */
  MemoryMonitor(boolean histograms, Supplier<String> stage, long stageSampleMillis) {
    this.histograms = histograms;
    this.stage = stage;
    this.stageSampleMillis = stageSampleMillis;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) heapPools.add(pool.getName());
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) emitter.addNotificationListener(listener, null, null);
    }
    sampler = new Thread(this::sample, "bench-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    stageSampler = new Thread(this::sampleStages, "bench-stage-histograms");
    stageSampler.setDaemon(true);
    if (stageSampleMillis > 0) stageSampler.start();
  }

  /** Per stage, the largest live heap its samples counted (histogram totals), in stage order of name. */
  synchronized Map<String, StageSample> stageSamples() {
    return Map.copyOf(stageSamples);
  }

  private void sampleStages() {
    while (running) {
      try {
        Thread.sleep(stageSampleMillis);
      } catch (InterruptedException e) {
        return;
      }
      String at = stage.get();
      if (at == null || at.isEmpty() || !running) continue;
      String h = classHistogram(STAGE_HISTOGRAM_LINES);
      long total = totalBytes(h);
      synchronized (this) {
        StageSample old = stageSamples.get(at);
        if (old == null || total > old.liveBytes()) stageSamples.put(at, new StageSample(total, h));
      }
    }
  }

  /** The bytes of a histogram's {@code Total} line, or -1 when it has none. */
  static long totalBytes(String histogram) {
    for (String line : histogram.lines().toList().reversed()) {
      String[] parts = line.strip().split("\\s+");
      if (parts.length == 3 && parts[0].equals("Total")) {
        try {
          return Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return -1;
  }

  long peakHeapBytes() {
    return Math.max(peakUsed.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
  }

  long peakLiveBytes() {
    return peakLive.get();
  }

  /** The histogram taken at the largest live heap, or empty when none was asked for. */
  String histogram() {
    return histogram;
  }

  /** The process's peak resident set size in bytes ({@code VmHWM}), or -1 where /proc is missing. */
  static long peakRssBytes() {
    return procStatus("VmHWM:");
  }

  static long procStatus(String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith(key)) {
          String[] parts = line.substring(key.length()).trim().split("\\s+");
          return Long.parseLong(parts[0]) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private void sample() {
    var memory = ManagementFactory.getMemoryMXBean();
    while (running) {
      peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void onGc(Notification n, Object handback) {
    if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
    peakUsed.accumulateAndGet(heapSum(info.getMemoryUsageBeforeGc()), Math::max);
    long live = heapSum(info.getMemoryUsageAfterGc());
    peakLive.accumulateAndGet(live, Math::max);
    if (histograms) maybeHistogram(live);
  }

  private synchronized void maybeHistogram(long live) {
    long max = Runtime.getRuntime().maxMemory();
    if (live < max / 4 || live < histogramAt + histogramAt / 4) return;
    histogramAt = live;
    histogram = classHistogram();
  }

  private long heapSum(Map<String, MemoryUsage> usage) {
    long sum = 0;
    for (var e : usage.entrySet()) {
      if (heapPools.contains(e.getKey())) sum += e.getValue().getUsed();
    }
    return sum;
  }

  /** The top of a live class histogram ({@code jcmd GC.class_histogram}), taken in-process. */
  static String classHistogram() {
    return classHistogram(HISTOGRAM_LINES);
  }

  /** The top {@code keep} lines of a live class histogram and its {@code Total} line. */
  static String classHistogram(int keep) {
    try {
      Object out = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      List<String> all = String.valueOf(out).lines().toList();
      List<String> lines = new java.util.ArrayList<>(all.subList(0, Math.min(keep, all.size())));
      // the last line is the total of live objects: the true live heap at that moment
      if (all.size() > keep && all.get(all.size() - 1).strip().startsWith("Total")) {
        lines.add(all.get(all.size() - 1));
      }
      return String.join("\n", lines);
    } catch (MalformedObjectNameException e) {
      throw new IllegalStateException(e);
    } catch (JMException e) {
      return "histogram unavailable: " + e;
    }
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    stageSampler.interrupt();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        try {
          emitter.removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
          // already gone
        }
      }
    }
  }
}
