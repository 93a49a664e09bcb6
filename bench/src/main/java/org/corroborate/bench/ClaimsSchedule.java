package org.corroborate.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.claims.TaggedAhead;
import org.corroborate.model.Article;
import org.corroborate.model.ArticleClaims;

/**
 * How evenly the claims stage's work spreads over the threads, measured in CPU time rather than wall
 * time (which a shared, loaded machine makes meaningless): each task of the stage is run alone in
 * one thread and its thread CPU taken (median of {@code --passes} after {@code --warm}), and the
 * stage is then laid out on {@code --threads} workers that take the tasks in the order the engine
 * queues them. Compares one task per article (in list order and longest first) with the sentences
 * of each block tagged ahead as tasks of their own ({@link ClaimExtractor#tagAhead}, then each
 * article's rules), and prints the span of each layout (the stage's wall time on idle cores) and
 * its total CPU. Options: {@code --seeds DIR} {@code --warm 10} {@code --passes 20} {@code --threads 2}.
 */
public final class ClaimsSchedule {
  private ClaimsSchedule() {}

  /** One task: its CPU and the tasks that must end before it starts. */
  private record Task(String name, double ms, int[] after) {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path seeds = Path.of("seeds");
    int warm = 10;
    int passes = 20;
    int threads = 2;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--seeds" -> seeds = Path.of(args[i + 1]);
        case "--warm" -> warm = Integer.parseInt(args[i + 1]);
        case "--passes" -> passes = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Article> articles = new org.corroborate.ingest.CorpusReader().read(seeds).articles();
    ClaimExtractor extractor = new ClaimExtractor();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    int n = articles.size();
    List<List<int[]>> blocks = articles.stream().map(ClaimExtractor::blocksToTag).toList();
    double[][] whole = new double[n][passes];
    List<double[][]> tagging = new ArrayList<>();
    double[][] rules = new double[n][passes];
    for (int a = 0; a < n; a++) {
      tagging.add(new double[blocks.get(a).size()][passes]);
    }
    for (int p = -warm; p < passes; p++) {
      for (int a = 0; a < n; a++) {
        Article article = articles.get(a);
        List<TaggedAhead> ahead = new ArrayList<>();
        for (int b = 0; b < blocks.get(a).size(); b++) {
          int[] range = blocks.get(a).get(b);
          long s = cpu.getCurrentThreadCpuTime();
          ahead.add(extractor.tagAhead(article.text(), range[0], range[1]));
          if (p >= 0) {
            tagging.get(a)[b][p] = (cpu.getCurrentThreadCpuTime() - s) / 1e6;
          }
        }
        long r0 = cpu.getCurrentThreadCpuTime();
        ArticleClaims tagged = extractor.extract(article, ahead);
        long r1 = cpu.getCurrentThreadCpuTime();
        // the whole article after, so that neither way profits from running second in a pass
        // more than the other: alternated by pass
        long t0 = cpu.getCurrentThreadCpuTime();
        ArticleClaims plain = extractor.extract(article);
        long t1 = cpu.getCurrentThreadCpuTime();
        if (!tagged.equals(plain)) {
          throw new IllegalStateException(article.id() + ": claims differ when tagged ahead");
        }
        if (p >= 0) {
          whole[a][p] = (t1 - t0) / 1e6;
          rules[a][p] = (r1 - r0) / 1e6;
        }
      }
    }
    int[] listOrder = IntStream.range(0, n).toArray();
    int[] longestFirst = IntStream.range(0, n).boxed()
        .sorted(Comparator.comparingInt((Integer i) -> -articles.get(i).text().length()).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
    out.printf(Locale.ROOT, "%d articles, thread CPU per task (median of %d passes after %d), laid out on %d workers%n",
        n, passes, warm, threads);
    report(out, "one task per article, list order", perArticle(whole, listOrder), threads);
    report(out, "one task per article, longest first", perArticle(whole, longestFirst), threads);
    report(out, "blocks tagged ahead, longest first", taggedAhead(tagging, rules, longestFirst), threads);
  }

  private static List<Task> perArticle(double[][] whole, int[] order) {
    List<Task> tasks = new ArrayList<>();
    for (int a : order) {
      tasks.add(new Task("article " + a, median(whole[a]), new int[0]));
    }
    return tasks;
  }

  /** The engine's queue: the first article's blocks, then for each article the next one's blocks and its rules. */
  private static List<Task> taggedAhead(List<double[][]> tagging, double[][] rules, int[] order) {
    List<Task> tasks = new ArrayList<>();
    List<int[]> blockTasks = new ArrayList<>();
    for (int k = 0; k <= order.length; k++) {
      if (k < order.length) {
        int a = order[k];
        int first = tasks.size();
        for (double[] block : tagging.get(a)) {
          tasks.add(new Task("tag " + a, median(block), new int[0]));
        }
        blockTasks.add(IntStream.range(first, tasks.size()).toArray());
      }
      if (k > 0) {
        int a = order[k - 1];
        tasks.add(new Task("rules " + a, median(rules[a]), blockTasks.get(k - 1)));
      }
    }
    return tasks;
  }

  /** Workers take tasks in queue order; a task waits (holding its worker) for the tasks it comes after. */
  private static void report(PrintStream out, String label, List<Task> tasks, int threads) {
    double[] free = new double[threads];
    double[] end = new double[tasks.size()];
    double total = 0;
    for (int t = 0; t < tasks.size(); t++) {
      int w = 0;
      for (int i = 1; i < threads; i++) {
        if (free[i] < free[w]) {
          w = i;
        }
      }
      double start = free[w];
      for (int before : tasks.get(t).after()) {
        start = Math.max(start, end[before]);
      }
      end[t] = start + tasks.get(t).ms();
      free[w] = end[t];
      total += tasks.get(t).ms();
    }
    double span = Arrays.stream(free).max().orElse(0);
    out.printf(Locale.ROOT, "  %-38s %4d tasks, CPU %6.1f ms, span %6.1f ms (CPU / %d = %.1f ms)%n", label,
        tasks.size(), total, span, threads, total / threads);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
