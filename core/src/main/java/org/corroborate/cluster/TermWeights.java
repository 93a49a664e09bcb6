package org.corroborate.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rarity of each stem in the claims being clustered: the BM25 form of inverse document
 * frequency, {@code ln(1 + (N - df + 0.5) / (df + 0.5))}, so a word every claim shares weighs
 * little and a name found in two claims weighs a lot. Immutable once built; thread safe.
 */
final class TermWeights {
  private final Map<String, Double> idf;
  private final double unseen;

  private TermWeights(Map<String, Double> idf, double unseen) {
    this.idf = idf;
    this.unseen = unseen;
  }

  /** The weights of a stored corpus's counts (see {@link TermStats}); a stem it lacks counts as seen once. */
  static TermWeights of(TermStats stats) {
    int n = stats.claims();
    Map<String, Double> idf = new HashMap<>();
    stats.documentFrequencies().forEach((stem, count) -> idf.put(stem, weight(n, count)));
    return new TermWeights(idf, weight(n, 1));
  }

  static TermWeights of(List<ClaimProfile> profiles) {
    Map<String, Integer> df = new HashMap<>();
    for (ClaimProfile p : profiles) {
      for (String s : p.stems()) {
        df.merge(s, 1, Integer::sum);
      }
    }
    int n = profiles.size();
    Map<String, Double> idf = new HashMap<>();
    df.forEach((stem, count) -> idf.put(stem, weight(n, count)));
    return new TermWeights(idf, weight(n, 1));
  }

  private static double weight(int n, int df) {
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  double of(String stem) {
    return idf.getOrDefault(stem, unseen);
  }
}
