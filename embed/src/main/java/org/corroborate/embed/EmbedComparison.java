package org.corroborate.embed;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.corroborate.cluster.ClusterOptions;

/**
 * {@code bin/eval-embed PAIRS.tsv [--threads N] [--engine-thresholds 0.6,0.5]}: the embedding
 * comparison of issue 4 on an STS-format benchmark. Every threshold and weight is tuned on the
 * train split and reported on the dev split:
 *
 * <ul>
 *   <li>the embedding cosine alone (best accuracy; the most recall at precision 0.85; the engine's
 *       recall);
 *   <li>the engine alone at its default settings (the conversion of {@code corroborate eval sts});
 *   <li>engine AND cosine at least t (a precision filter), engine OR cosine at least t (a recall
 *       boost), and a two-feature logistic blend;
 * </ul>
 *
 * and the embedding's throughput. {@code --engine-thresholds} also runs the engine alone at other
 * link thresholds on dev, to set a combination beside the engine's own precision-recall curve.
 */
public final class EmbedComparison {
  /** The precision the issue asks of a strict operating point. */
  public static final double TARGET_PRECISION = 0.85;
  /** The cosine thresholds of the dev curve. */
  private static final double[] CURVE = {0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5};

  private final PrintWriter out;
  private final PrintWriter err;

  public EmbedComparison(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(new EmbedComparison(out, err).run(args));
  }

  /** A measured rule: its name, its tuned parameter, and its confusion on train and on dev. */
  record Row(String rule, String tuned, Confusion train, Confusion dev) {}

  public int run(String[] args) {
    Path pairsFile = null;
    int threads = Runtime.getRuntime().availableProcessors();
    List<Double> engineThresholds = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--threads" -> threads = Integer.parseInt(args[++i]);
          case "--engine-thresholds" -> {
            for (String t : args[++i].split(",", -1)) {
              engineThresholds.add(Double.parseDouble(t.strip()));
            }
          }
          default -> {
            if (args[i].startsWith("-") || pairsFile != null) {
              err.println("eval-embed: unknown argument " + args[i]);
              return 2;
            }
            pairsFile = Path.of(args[i]);
          }
        }
      }
    } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
      err.println("eval-embed: usage: eval-embed PAIRS.tsv [--threads N] [--engine-thresholds 0.6,0.5]");
      return 2;
    }
    if (pairsFile == null || threads < 1) {
      err.println("eval-embed: usage: eval-embed PAIRS.tsv [--threads N] [--engine-thresholds 0.6,0.5]");
      return 2;
    }
    List<StsPair> train;
    List<StsPair> dev;
    try {
      train = StsPairs.read(pairsFile, "train");
      dev = StsPairs.read(pairsFile, "dev");
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("eval-embed: " + e.getMessage());
      return 2;
    }
    if (train.isEmpty() || dev.isEmpty()) {
      err.println("eval-embed: " + pairsFile + ": needs scored pairs in both the train and the dev split");
      return 2;
    }
    compare(train, dev, threads, engineThresholds);
    return 0;
  }

  private void compare(List<StsPair> train, List<StsPair> dev, int threads, List<Double> engineThresholds) {
    boolean[] trainGold = StsPairs.gold(train);
    boolean[] devGold = StsPairs.gold(dev);
    out.printf(Locale.ROOT, "train: %d pairs (%d same), dev: %d pairs (%d same)%n",
        train.size(), count(trainGold), dev.size(), count(devGold));

    EngineJudge judge = new EngineJudge(ClusterOptions.defaults());
    long started = System.nanoTime();
    boolean[] trainEngine = judge.judge(train);
    long trainEngineMs = millisSince(started);
    started = System.nanoTime();
    boolean[] devEngine = judge.judge(dev);
    long devEngineMs = millisSince(started);
    out.printf(Locale.ROOT, "engine (claims + clustering, default settings): train %d ms, dev %d ms%n",
        trainEngineMs, devEngineMs);

    double[] trainCos;
    double[] devCos;
    started = System.nanoTime();
    try (SentenceEmbedder embedder = new SentenceEmbedder(threads)) {
      embedder.embed(List.of("The model is loaded and warmed up once before anything is timed."));
      long loadMs = millisSince(started);
      trainCos = cosines(embedder, train, "train", threads);
      devCos = cosines(embedder, dev, "dev", threads);
      out.printf(Locale.ROOT, "embedding model: loading it and embedding a first sentence took %d ms%n", loadMs);
    }

    Confusion engineTrain = Confusion.of(trainEngine, trainGold);
    List<Row> rows = new ArrayList<>();

    ThresholdTuner cosineAlone = new ThresholdTuner(trainCos, ThresholdTuner.atLeast(trainCos), trainGold);
    DoubleFunction<boolean[]> devAtLeast = ThresholdTuner.atLeast(devCos);
    rows.add(row("cosine alone, best train accuracy", cosineAlone.bestAccuracy(), devAtLeast, devGold));
    rows.add(row("cosine alone, most recall at train precision >= 0.85",
        cosineAlone.mostRecallAtPrecision(TARGET_PRECISION), devAtLeast, devGold));
    rows.add(row("cosine alone, at the engine's train recall",
        cosineAlone.strictestAtRecall(engineTrain.recall()), devAtLeast, devGold));

    rows.add(new Row("engine alone (default settings)", "link threshold " + ClusterOptions.DEFAULT_LINK_THRESHOLD,
        engineTrain, Confusion.of(devEngine, devGold)));

    ThresholdTuner filter = new ThresholdTuner(trainCos, t -> and(trainEngine, trainCos, t), trainGold);
    rows.add(row("engine AND cosine >= t, best train accuracy", filter.bestAccuracy(),
        t -> and(devEngine, devCos, t), devGold));
    rows.add(row("engine AND cosine >= t, strictest at the engine's train recall",
        filter.strictestAtRecall(engineTrain.recall()), t -> and(devEngine, devCos, t), devGold));

    ThresholdTuner boost = new ThresholdTuner(trainCos, t -> or(trainEngine, trainCos, t), trainGold);
    rows.add(row("engine OR cosine >= t, best train accuracy", boost.bestAccuracy(),
        t -> or(devEngine, devCos, t), devGold));
    rows.add(row("engine OR cosine >= t, most recall at train precision >= 0.85",
        boost.mostRecallAtPrecision(TARGET_PRECISION), t -> or(devEngine, devCos, t), devGold));
    rows.add(row("engine OR cosine >= t, most recall at the engine's train precision",
        boost.mostRecallAtPrecision(engineTrain.precision()), t -> or(devEngine, devCos, t), devGold));

    LogisticBlend blend = LogisticBlend.fit(trainEngine, trainCos, trainGold);
    rows.add(new Row("logistic blend of engine and cosine, P >= 0.5",
        String.format(Locale.ROOT, "b %.2f, w_engine %.2f, w_cos %.2f (cosine >= %.3f if engine same, >= %.3f if not)",
            blend.bias(), blend.engineWeight(), blend.cosineWeight(), blend.cosineThreshold(true),
            blend.cosineThreshold(false)),
        Confusion.of(blend.decide(trainEngine, trainCos), trainGold),
        Confusion.of(blend.decide(devEngine, devCos), devGold)));

    for (double threshold : engineThresholds) {
      started = System.nanoTime();
      boolean[] said = new EngineJudge(ClusterOptions.defaults().withLinkThreshold(threshold)).judge(dev);
      out.printf(Locale.ROOT, "engine at link threshold %.2f: dev %d ms%n", threshold, millisSince(started));
      rows.add(new Row("engine alone, link threshold " + threshold + " (dev only)", "-", null,
          Confusion.of(said, devGold)));
    }

    out.println();
    out.println("| rule | tuned on train | train acc / P / R | dev accuracy | dev precision | dev recall |");
    out.println("|---|---|---|---|---|---|");
    for (Row r : rows) {
      if (r.dev() == null) {
        out.printf(Locale.ROOT, "| %s | %s | - | - | - | - |%n", r.rule(), r.tuned());
        continue;
      }
      String trainCell = r.train() == null ? "-" : String.format(Locale.ROOT, "%.3f / %.3f / %.3f",
          r.train().accuracy(), r.train().precision(), r.train().recall());
      out.printf(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.3f |%n", r.rule(), r.tuned(), trainCell,
          r.dev().accuracy(), r.dev().precision(), r.dev().recall());
    }
    out.println();
    out.println("dev curve on a fixed grid (described, not tuned): precision / recall at cosine >= t");
    out.println("| t | cosine alone | engine AND cosine | engine OR cosine |");
    out.println("|---|---|---|---|");
    for (double t : CURVE) {
      out.printf(Locale.ROOT, "| %.2f | %s | %s | %s |%n", t, pr(devAtLeast.apply(t), devGold),
          pr(and(devEngine, devCos, t), devGold), pr(or(devEngine, devCos, t), devGold));
    }
    out.println();
    for (Row r : rows) {
      if (r.dev() != null) {
        out.printf(Locale.ROOT, "dev confusion, %s: tp %d fp %d fn %d tn %d%n", r.rule(), r.dev().tp(), r.dev().fp(),
            r.dev().fn(), r.dev().tn());
      }
    }
  }

  /** A rule tuned on train, applied on dev at the same threshold. */
  private static Row row(String rule, ThresholdTuner.Tuned tuned, DoubleFunction<boolean[]> devRule,
      boolean[] devGold) {
    if (tuned == null) {
      return new Row(rule, "no threshold reaches it on train", null, null);
    }
    return new Row(rule, String.format(Locale.ROOT, "t = %.3f", tuned.threshold()), tuned.confusion(),
        Confusion.of(devRule.apply(tuned.threshold()), devGold));
  }

  private static String pr(boolean[] said, boolean[] gold) {
    Confusion c = Confusion.of(said, gold);
    return String.format(Locale.ROOT, "%.3f / %.3f", c.precision(), c.recall());
  }

  private double[] cosines(SentenceEmbedder embedder, List<StsPair> pairs, String split, int threads) {
    List<String> sentences = new ArrayList<>();
    for (StsPair p : pairs) {
      sentences.add(p.first());
      sentences.add(p.second());
    }
    long started = System.nanoTime();
    float[][] vectors = embedder.embed(sentences);
    long ms = Math.max(1, millisSince(started));
    out.printf(Locale.ROOT, "embedding %s: %d sentences in %d ms = %.0f sentences/s (threads: %d)%n",
        split, sentences.size(), ms, sentences.size() * 1000.0 / ms, threads);
    double[] cos = new double[pairs.size()];
    for (int i = 0; i < cos.length; i++) {
      cos[i] = SentenceEmbedder.cosine(vectors[2 * i], vectors[2 * i + 1]);
    }
    return cos;
  }

  static boolean[] and(boolean[] engine, double[] cosine, double t) {
    boolean[] said = new boolean[engine.length];
    for (int i = 0; i < said.length; i++) {
      said[i] = engine[i] && cosine[i] >= t;
    }
    return said;
  }

  static boolean[] or(boolean[] engine, double[] cosine, double t) {
    boolean[] said = new boolean[engine.length];
    for (int i = 0; i < said.length; i++) {
      said[i] = engine[i] || cosine[i] >= t;
    }
    return said;
  }

  private static int count(boolean[] values) {
    int n = 0;
    for (boolean v : values) {
      if (v) {
        n++;
      }
    }
    return n;
  }

  private static long millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
