package org.corroborate.app.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.corroborate.app.ExitCodes;
import org.corroborate.app.UserException;
import org.corroborate.engine.Corroborate;
import org.corroborate.model.Article;
import org.corroborate.model.ClaimReport;
import org.corroborate.model.ClusterReport;
import org.corroborate.model.Contradiction;
import org.corroborate.model.Corpus;
import org.corroborate.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate eval sick PAIRS.tsv}: contradiction detection on SICK-style sentence pairs
 * ({@code pair_ID, sentence_A, sentence_B, relatedness, label}, tab-separated, no header). Each pair
 * becomes two one-sentence articles from two outlets; the pair is predicted a contradiction when a
 * contradiction links a claim of one to a claim of the other. Prints precision, recall, counts and
 * the predicted types.
 */
@Command(name = "sick", mixinStandardHelpOptions = true,
    description = "Precision and recall of contradictions on labelled sentence pairs (SICK format).")
public final class SickEvalCommand implements Callable<Integer> {
  /** Label of the positive class in the pairs file. */
  static final String CONTRADICTION = "CONTRADICTION";

  @Parameters(index = "0", paramLabel = "PAIRS.tsv", description = "pair_ID, sentence_A, sentence_B, score, label")
  Path pairsFile;

  @Option(names = "--batch", defaultValue = "250", description = "Pairs per corpus run (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--show", description = "Print each false positive and false negative.")
  boolean show;

  @Spec CommandSpec spec;

  /** One labelled pair. */
  record Pair(String id, String a, String b, String label) {
    boolean contradiction() {
      return label.equalsIgnoreCase(CONTRADICTION);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (batch < 1) {
      throw new UserException(ExitCodes.USAGE, "--batch must be at least 1: " + batch);
    }
    List<Pair> pairs = read(pairsFile);
    if (pairs.isEmpty()) {
      throw new UserException(ExitCodes.USAGE, pairsFile + ": no pairs");
    }
    Corroborate engine = new Corroborate();
    Map<String, String> predictedType = new HashMap<>();
    for (int from = 0; from < pairs.size(); from += batch) {
      List<Pair> slice = pairs.subList(from, Math.min(pairs.size(), from + batch));
      predictedType.putAll(predict(engine, slice, from));
    }
    PrintWriter out = spec.commandLine().getOut();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int gold = 0;
    Map<String, int[]> byType = new TreeMap<>();
    for (Pair p : pairs) {
      String type = predictedType.get(p.id());
      if (p.contradiction()) {
        gold++;
      }
      if (type != null) {
        int[] counts = byType.computeIfAbsent(type, k -> new int[2]);
        if (p.contradiction()) {
          tp++;
          counts[0]++;
        } else {
          fp++;
          counts[1]++;
        }
      } else if (p.contradiction()) {
        fn++;
      }
      if (show && (type != null) != p.contradiction()) {
        out.println((type != null ? "FP " + type : "FN") + "\t" + p.id() + "\t" + p.a() + "\t" + p.b() + "\t" + p.label());
      }
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = gold == 0 ? 0 : (double) tp / gold;
    out.println(String.format(Locale.ROOT, "pairs %d, contradictions %d, predicted %d", pairs.size(), gold, tp + fp));
    out.println(String.format(Locale.ROOT, "precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)", precision, recall, tp, fp, fn));
    for (Map.Entry<String, int[]> e : byType.entrySet()) {
      out.println(String.format(Locale.ROOT, "  %-12s tp %d  fp %d", e.getKey(), e.getValue()[0], e.getValue()[1]));
    }
    return ExitCodes.OK;
  }

  /** Runs one batch through the engine; returns the predicted type per pair id. */
  private static Map<String, String> predict(Corroborate engine, List<Pair> slice, int offset) {
    List<Article> articles = new ArrayList<>();
    Map<String, String> pairOfArticle = new HashMap<>();
    for (int i = 0; i < slice.size(); i++) {
      Pair p = slice.get(i);
      String dir = String.format(Locale.ROOT, "p%06d", offset + i);
      String a = dir + "/a.txt";
      String b = dir + "/b.txt";
      articles.add(new Article(a, "outlet " + dir + "a", "", null, null, sentence(p.a()), List.of()));
      articles.add(new Article(b, "outlet " + dir + "b", "", null, null, sentence(p.b()), List.of()));
      pairOfArticle.put(a, p.id() + "\ta");
      pairOfArticle.put(b, p.id() + "\tb");
    }
    Report report = engine.analyze("sick", new Corpus(articles, List.of()));
    Map<String, String> articleOfClaim = new HashMap<>();
    for (ClusterReport c : report.clusters()) {
      for (ClaimReport cr : c.claims()) {
        articleOfClaim.put(cr.claim().id(), cr.claim().articleId());
      }
    }
    Map<String, String> out = new HashMap<>();
    for (Contradiction x : report.contradictions()) {
      String sideA = pairOfArticle.get(articleOfClaim.get(x.claimIds().get(0)));
      String sideB = pairOfArticle.get(articleOfClaim.get(x.claimIds().get(1)));
      if (sideA == null || sideB == null) {
        continue;
      }
      String[] pa = sideA.split("\t");
      String[] pb = sideB.split("\t");
      if (pa[0].equals(pb[0]) && !pa[1].equals(pb[1])) {
        out.putIfAbsent(pa[0], x.type().label());
      }
    }
    return out;
  }

  private static String sentence(String s) {
    String t = s.strip();
    return t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
  }

  static List<Pair> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UserException(ExitCodes.USAGE, file + ": not a readable file");
    }
    List<Pair> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("pair_ID")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new UserException(ExitCodes.USAGE, file + ":" + lineNo + ": expected 5 tab-separated columns, got " + f.length);
      }
      out.add(new Pair(f[0].strip(), f[1], f[2], f[4].strip()));
    }
    return out;
  }
}
