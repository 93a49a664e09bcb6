package org.corroborate.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corroborate.app.ExitCodes;
import org.corroborate.app.UserException;
import org.corroborate.claims.ClaimExtractor;
import org.corroborate.cluster.ClaimClusterer;
import org.corroborate.cluster.ClusterOptions;
import org.corroborate.cluster.PairTrainer;
import org.corroborate.model.Article;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimLink;
import org.corroborate.model.Cluster;
import org.corroborate.model.Clustering;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate eval sts PAIRS.tsv}: the clustering stage measured on a sentence-similarity
 * benchmark (columns {@code split, score, sentence1, sentence2}). Every pair of the split becomes
 * two one-sentence articles from two different outlets, all in one corpus; the claims and cluster
 * stages run on it, and a pair counts as "same" when any claim of one shares a cluster with any
 * claim of the other. Gold: same when the score is at least {@link #SAME_SCORE}, different when at
 * most {@link #DIFFERENT_SCORE}; pairs in between are skipped. With {@code --train}, fits the pair
 * model's weights on the split instead and prints them.
 */
@Command(name = "sts", mixinStandardHelpOptions = true,
    description = "Measure claim clustering on sentence pairs with similarity scores (STS format).")
public final class StsEvalCommand implements Callable<Integer> {
  /** Gold "same claim" at or above this score. */
  public static final double SAME_SCORE = 4;
  /** Gold "different claim" at or below this score. */
  public static final double DIFFERENT_SCORE = 2;

  @Parameters(index = "0", paramLabel = "PAIRS.tsv", description = "Tab-separated: split, score, sentence1, sentence2 (with a header line).")
  Path pairsFile;

  @Option(names = "--split", defaultValue = "dev", description = "Which split to use (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--no-synonyms", description = "Turn WordNet synonyms off.")
  boolean noSynonyms;

  @Option(names = "--threshold", description = "Override the link threshold (default: the committed one).")
  Double threshold;

  @Option(names = "--train", description = "Fit the pair model on the split and print its weights, with and without synonyms.")
  boolean train;

  @Option(names = "--errors", description = "Also print every pair the engine got wrong.")
  boolean errors;

  @Spec CommandSpec spec;

  /** One benchmark pair and its gold label. */
  record Pair(int number, String first, String second, boolean same) {}

  @Override
  public Integer call() throws IOException {
    List<Pair> pairs = read(pairsFile, split);
    if (pairs.isEmpty()) {
      throw new UserException(ExitCodes.USAGE, pairsFile + ": no scored pairs in split '" + split + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<Integer, List<Claim>> firstClaims = new HashMap<>();
    Map<Integer, List<Claim>> secondClaims = new HashMap<>();
    List<Claim> all = new ArrayList<>();
    ClaimExtractor extractor = new ClaimExtractor();
    for (Pair p : pairs) {
      List<Claim> a = extractor.extract(article(p, "a", p.first())).claims();
      List<Claim> b = extractor.extract(article(p, "b", p.second())).claims();
      firstClaims.put(p.number(), a);
      secondClaims.put(p.number(), b);
      all.addAll(a);
      all.addAll(b);
    }
    if (train) {
      return train(out, pairs, firstClaims, secondClaims, all);
    }
    ClusterOptions options = ClusterOptions.defaults().withSynonyms(!noSynonyms);
    if (threshold != null) {
      options = options.withLinkThreshold(threshold);
    }
    long started = System.nanoTime();
    Clustering clustering = new ClaimClusterer(options).cluster(all);
    long millis = (System.nanoTime() - started) / 1_000_000;
    Map<String, String> clusterOf = new HashMap<>();
    for (Cluster c : clustering.clusters()) {
      for (String id : c.claimIds()) {
        clusterOf.put(id, c.id());
      }
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    List<String> wrong = new ArrayList<>();
    for (Pair p : pairs) {
      Set<String> clustersA = new HashSet<>();
      for (Claim c : firstClaims.get(p.number())) {
        clustersA.add(clusterOf.get(c.id()));
      }
      boolean said = secondClaims.get(p.number()).stream().anyMatch(c -> clustersA.contains(clusterOf.get(c.id())));
      if (said && p.same()) {
        tp++;
      } else if (said) {
        fp++;
        wrong.add("false merge: " + p.first() + " | " + p.second());
      } else if (p.same()) {
        fn++;
        wrong.add("missed: " + p.first() + " | " + p.second());
      } else {
        tn++;
      }
    }
    int n = tp + fp + fn + tn;
    out.printf(Locale.ROOT, "split %s: %d pairs (%d same, %d different), %d claims, synonyms %s, link threshold %.2f%n",
        split, n, tp + fn, fp + tn, all.size(), options.synonyms() ? "on" : "off", options.linkThreshold());
    out.printf(Locale.ROOT, "accuracy %.3f  precision %.3f  recall %.3f%n",
        (double) (tp + tn) / n, tp + fp == 0 ? 0.0 : (double) tp / (tp + fp), tp + fn == 0 ? 0.0 : (double) tp / (tp + fn));
    out.printf(Locale.ROOT, "confusion: tp %d  fp %d  fn %d  tn %d%n", tp, fp, fn, tn);
    out.printf(Locale.ROOT, "clustering took %d ms%n", millis);
    if (errors) {
      wrong.forEach(out::println);
      clustering.links().stream().filter(l -> l.kind() == ClaimLink.Kind.CONFLICT)
          .forEach(l -> out.printf(Locale.ROOT, "conflict %s %s %.2f %s%n", l.a(), l.b(), l.score(), l.reason()));
    }
    return ExitCodes.OK;
  }

  private static int train(PrintWriter out, List<Pair> pairs, Map<Integer, List<Claim>> firstClaims,
      Map<Integer, List<Claim>> secondClaims, List<Claim> all) {
    List<PairTrainer.LabeledPair> labeled = new ArrayList<>();
    int multi = 0;
    for (Pair p : pairs) {
      List<Claim> a = firstClaims.get(p.number());
      List<Claim> b = secondClaims.get(p.number());
      if (a.size() != 1 || b.size() != 1) {
        multi++;
        continue;
      }
      labeled.add(new PairTrainer.LabeledPair(a.get(0).id(), b.get(0).id(), p.same()));
    }
    out.printf(Locale.ROOT, "# %d labelled pairs (%d left out: a side gave more or fewer than one claim)%n",
        labeled.size(), multi);
    for (boolean synonyms : new boolean[] {true, false}) {
      PairTrainer.Fit fit = new PairTrainer(synonyms).fit(all, labeled);
      out.printf(Locale.ROOT, "# synonyms %s: fitted on %d pairs, %d left out for disagreeing; best F%.1f threshold %.2f%n",
          synonyms ? "on" : "off", fit.used(), fit.skipped(), PairTrainer.F_BETA, fit.threshold());
      out.print(fit.toProperties());
    }
    return ExitCodes.OK;
  }

  private static Article article(Pair p, String side, String sentence) {
    String id = String.format(Locale.ROOT, "pair-%05d-%s.txt", p.number(), side);
    return new Article(id, "outlet-" + side, "", null, null, sentence, List.of());
  }

  static List<Pair> read(Path file, String split) throws IOException {
    List<Pair> out = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserException(ExitCodes.USAGE, file + ": could not read file: " + e.getMessage());
    }
    for (int i = 1; i < lines.size(); i++) {
      String[] cols = lines.get(i).split("\t", -1);
      if (cols.length < 4 || !cols[0].equals(split)) {
        continue;
      }
      double score;
      try {
        score = Double.parseDouble(cols[1].trim());
      } catch (NumberFormatException e) {
        throw new UserException(ExitCodes.USAGE, file + ":" + (i + 1) + ": bad score '" + cols[1] + "'");
      }
      String a = cols[2].strip();
      String b = cols[3].strip();
      if (a.isEmpty() || b.isEmpty()) {
        continue;
      }
      if (score >= SAME_SCORE) {
        out.add(new Pair(i, a, b, true));
      } else if (score <= DIFFERENT_SCORE) {
        out.add(new Pair(i, a, b, false));
      }
    }
    return out;
  }
}
