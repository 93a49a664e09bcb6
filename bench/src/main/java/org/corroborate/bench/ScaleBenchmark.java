package org.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.corroborate.bench.gen.CorpusGenerator;

/**
 * The scale benchmark: generates (or reuses) corpora of the given sizes and scans each end to end in
 * a fresh JVM per size and thread count ({@link ScanRun}), then prints per run the wall time, claims
 * per second, peak heap, live heap and peak RSS, the ground-truth check, the growth from one size to
 * the next and the speed-up over one thread. Options: {@code --sizes 1000,10000,100000}
 * {@code --threads 2} {@code --xmx 2g} {@code --dir bench/target/corpora} {@code --seed S}
 * {@code --histogram} {@code --stage-histograms SECONDS} (a class histogram every SECONDS, the largest
 * live one kept per stage) {@code --results FILE}.
 */
public final class ScaleBenchmark {
  /** Default corpus sizes. */
  public static final List<Integer> DEFAULT_SIZES = List.of(1_000, 10_000, 100_000);
  /** Default heap limit of each scan: what 100k articles must fit in. */
  public static final String DEFAULT_XMX = "2g";
  /** File that marks a corpus folder as completely written. */
  static final String COMPLETE_MARKER = ".complete";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Parsed options. */
  record Options(List<Integer> sizes, List<Integer> threads, String xmx, Path dir, long seed, boolean histogram, Path results, int stageSampleSeconds) {}

  private ScaleBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(out, args));
  }

  /** Runs the benchmark and returns its exit code: 0 every scan ran, 1 one failed, 2 usage error. */
  public static int run(PrintStream out, String... args) throws IOException, InterruptedException {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      out.println("bench: " + e.getMessage());
      out.println("usage: bench [--sizes 1000,10000,100000] [--threads 1,2] [--xmx 2g] [--dir DIR] [--seed S] [--histogram] [--stage-histograms SECONDS] [--results FILE]");
      return 2;
    }
    out.println(Machine.describe());
    out.printf(Locale.ROOT, "scan heap limit -Xmx%s; each scan in its own JVM; times exclude JVM start%n", options.xmx());
    ArrayNode all = JSON.createArrayNode();
    Map<String, JsonNode> byKey = new HashMap<>();
    boolean failed = false;
    for (int size : options.sizes()) {
      Path corpus = corpusFolder(options.dir(), size, options.seed(), out);
      for (int threads : options.threads()) {
        JsonNode r = scan(corpus, threads, options);
        ((com.fasterxml.jackson.databind.node.ObjectNode) r).put("size", size);
        all.add(r);
        byKey.put(size + "/" + threads, r);
        failed |= r.has("error");
        out.println(line(size, r, byKey, options));
        if (r.has("histogram")) out.println(indent(r.get("histogram").asText()));
        if (r.has("stageLive")) out.println(stageLive(r.get("stageLive")));
      }
    }
    if (options.results() != null) {
      Files.createDirectories(options.results().toAbsolutePath().getParent());
      JSON.writerWithDefaultPrettyPrinter().writeValue(options.results().toFile(), all);
      out.println("results written to " + options.results());
    }
    return failed ? 1 : 0;
  }

  static Options parse(String... args) {
    List<Integer> sizes = DEFAULT_SIZES;
    List<Integer> threads = List.of(Runtime.getRuntime().availableProcessors());
    String xmx = DEFAULT_XMX;
    Path dir = Path.of("bench", "target", "corpora");
    long seed = CorpusGenerator.Settings.DEFAULT_SEED;
    boolean histogram = false;
    Path results = null;
    int stageSampleSeconds = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--histogram")) {
        histogram = true;
        continue;
      }
      if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
      String v = args[++i];
      switch (a) {
        case "--sizes" -> sizes = ints(v);
        case "--threads" -> threads = ints(v);
        case "--xmx" -> xmx = v;
        case "--dir" -> dir = Path.of(v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--results" -> results = Path.of(v);
        case "--stage-histograms" -> stageSampleSeconds = ints(v).get(0);
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (!xmx.matches("[0-9]+[kKmMgG]?")) throw new IllegalArgumentException("--xmx must look like 2g or 512m, was " + xmx);
    return new Options(sizes, threads, xmx, dir, seed, histogram, results, stageSampleSeconds);
  }

  private static List<Integer> ints(String csv) {
    List<Integer> out = new ArrayList<>();
    for (String part : csv.split(",")) {
      int n = Integer.parseInt(part.trim());
      if (n < 1) throw new IllegalArgumentException("sizes and thread counts must be positive, was " + n);
      out.add(n);
    }
    return List.copyOf(out);
  }

  /** The corpus of this size and seed under {@code dir}, generated unless a complete one is there. */
  public static Path corpusFolder(Path dir, int size, long seed, PrintStream out) throws IOException {
    Path folder = dir.resolve(String.format(Locale.ROOT, "n%d-seed%d", size, seed));
    if (Files.exists(folder.resolve(COMPLETE_MARKER))) {
      out.printf(Locale.ROOT, "corpus %s: reused%n", folder);
      return folder;
    }
    if (Files.exists(folder)) deleteTree(folder);
    long t0 = System.nanoTime();
    var summary = new CorpusGenerator(CorpusGenerator.Settings.forArticles(size, seed)).write(folder);
    Files.writeString(folder.resolve(COMPLETE_MARKER), Instant.now().toString() + "\n", StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "corpus %s: generated %d articles, %d events, %d facts, %d contradictions, %d copies in %.1f s%n",
        folder, summary.articles(), summary.events(), summary.facts(), summary.contradictions(), summary.copies(),
        (System.nanoTime() - t0) / 1e9);
    return folder;
  }

  private static JsonNode scan(Path corpus, int threads, Options options) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + options.xmx(), "-Dfile.encoding=UTF-8"));
    if (options.histogram()) command.add("-Dbench.histogram=true");
    if (options.stageSampleSeconds() > 0) command.add("-Dbench.stageSampleSeconds=" + options.stageSampleSeconds());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ScanRun.class.getName(),
        corpus.toString(), Integer.toString(threads)));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String result = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (l.startsWith(ScanRun.RESULT)) result = l.substring(ScanRun.RESULT.length());
        else System.err.println(l);
      }
    }
    int code = p.waitFor();
    if (result == null) {
      return JSON.createObjectNode().put("threads", threads).put("error", "scan JVM exited with " + code + " and no result");
    }
    return JSON.readTree(result);
  }

  /** One line of the table; growth against the previous size and speed-up against one thread. */
  static String line(int size, JsonNode r, Map<String, JsonNode> byKey, Options options) {
    int threads = r.get("threads").asInt();
    String head = String.format(Locale.ROOT, "%,9d articles  %d thread%s", size, threads, threads == 1 ? " " : "s");
    if (r.has("error")) {
      return head + "  FAILED: " + r.get("error").asText() + memory(r);
    }
    long wall = r.get("wallMillis").asLong();
    long claims = r.get("claims").asLong();
    StringBuilder sb = new StringBuilder(head);
    sb.append(String.format(Locale.ROOT, "  wall %8.2f s  claims %,9d  %,8.0f claims/s  clusters %,9d", wall / 1000.0, claims,
        claims / Math.max(wall / 1000.0, 1e-3), r.get("clusters").asLong()));
    if (r.has("cpuMillis")) {
      sb.append(String.format(Locale.ROOT, "  cpu %8.2f s", r.get("cpuMillis").asLong() / 1000.0));
      if (r.has("gcMillis")) {
        sb.append(String.format(Locale.ROOT, "  gc %7.2f s", r.get("gcMillis").asLong() / 1000.0));
      }
    }
    if (r.has("loadAverage")) {
      sb.append(String.format(Locale.ROOT, "  load %.1f..%.1f", r.get("loadAverage").get(0).asDouble(),
          r.get("loadAverage").get(1).asDouble()));
    }
    sb.append(memory(r));
    int index = options.sizes().indexOf(size);
    if (index > 0) {
      int previous = options.sizes().get(index - 1);
      JsonNode before = byKey.get(previous + "/" + threads);
      if (before != null && before.has("wallMillis")) {
        double growth = (double) wall / Math.max(1, before.get("wallMillis").asLong());
        sb.append(String.format(Locale.ROOT, "  growth x%.2f time for x%.1f articles", growth, (double) size / previous));
        if (r.has("cpuMillis") && before.has("cpuMillis")) {
          sb.append(String.format(Locale.ROOT, " (cpu x%.2f)",
              r.get("cpuMillis").asDouble() / Math.max(1, before.get("cpuMillis").asLong())));
        }
      }
    }
    JsonNode one = byKey.get(size + "/1");
    if (threads > 1 && one != null && one.has("wallMillis")) {
      sb.append(String.format(Locale.ROOT, "  speed-up x%.2f over 1 thread", one.get("wallMillis").asDouble() / Math.max(1, wall)));
    }
    sb.append("\n           stages (ms): ").append(r.get("stageMillis"));
    if (r.has("stageCpuMillis")) {
      sb.append("\n           stages, CPU (ms): ").append(r.get("stageCpuMillis"));
    }
    if (r.has("phaseMillis") && !r.get("phaseMillis").isEmpty()) {
      sb.append("\n           phases (ms): ").append(r.get("phaseMillis"));
      sb.append("\n           phases, CPU (ms): ").append(r.get("phaseCpuMillis"));
    }
    JsonNode t = r.get("truth");
    if (t != null) {
      sb.append(String.format(Locale.ROOT,
          "\n           truth: N right for %d/%d facts (%.1f%%), multi-source facts %d/%d (%.1f%%), complete clusters %d/%d, unmatched spans %d, contradictions found %d/%d",
          t.get("nRight").asInt(), t.get("facts").asInt(), 100.0 * share(t.get("nRight"), t.get("facts")),
          t.get("multiSourceRight").asInt(), t.get("multiSource").asInt(), 100.0 * share(t.get("multiSourceRight"), t.get("multiSource")),
          t.get("complete").asInt(), t.get("facts").asInt(), t.get("unmatchedSpans").asInt(),
          t.get("contradictionsFound").asInt(), t.get("contradictions").asInt()));
    }
    return sb.toString();
  }

  private static double share(JsonNode part, JsonNode whole) {
    return whole.asInt() == 0 ? 0 : part.asDouble() / whole.asInt();
  }

  private static String memory(JsonNode r) {
    if (!r.has("peakHeapBytes")) return "";
    return String.format(Locale.ROOT, "  peak heap %,6d MB  live %,6d MB  RSS %,6d MB", mb(r, "peakHeapBytes"), mb(r, "peakLiveBytes"), mb(r, "peakRssBytes"));
  }

  private static long mb(JsonNode r, String field) {
    return r.get(field).asLong() / (1024 * 1024);
  }

  /** Per stage, the largest live heap its histograms counted, and the top of that histogram. */
  static String stageLive(JsonNode stageLive) {
    StringBuilder sb = new StringBuilder("           live heap by stage (largest histogram total of the stage's samples):");
    stageLive.properties().forEach(e -> sb.append(String.format(Locale.ROOT, "%n           %s: %,d MB%n%s",
        e.getKey(), e.getValue().get("liveBytes").asLong() / (1024 * 1024), indent(indent(e.getValue().get("histogram").asText())))));
    return sb.toString();
  }

  private static String indent(String text) {
    return text.lines().map(l -> "           " + l).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
