package org.corroborate.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.model.Claim;

/**
 * The scored pairs of one clustering run: the BM25 candidates of every claim, scored by the pair
 * model, and any other pair scored on demand when a merge needs it. Items are positions in the
 * id-sorted claim list; a pair key packs the smaller position first. Not thread safe.
 */
final class ScoredPairs {

  /** One scored pair. */
  record Scored(double probability, PairFeatures features, boolean same, boolean conflict) {
    String reason() {
      StringBuilder r = new StringBuilder("shared: ");
      r.append(String.join(", ", features.shared().subList(0, Math.min(5, features.shared().size()))));
      if (!features.synonymPairs().isEmpty()) {
        r.append("; synonyms: ").append(String.join(", ", features.synonymPairs()));
      }
      return r.toString();
    }
  }

  private final List<ClaimProfile> profiles;
  private final TermWeights idf;
  private final NameAssociations names;
  private final ClusterOptions options;
  private final PairModel model;
  private final Map<Long, Scored> scored = new HashMap<>();
  private final List<Long> candidates = new ArrayList<>();

  private ScoredPairs(List<ClaimProfile> profiles, TermWeights idf, ClusterOptions options, PairModel model) {
    this.profiles = profiles;
    this.idf = idf;
    this.names = new NameAssociations(profiles);
    this.options = options;
    this.model = model;
  }

  static ScoredPairs of(List<Claim> sortedClaims, ClusterOptions options, PairModel model) {
    List<ClaimProfile> profiles = new ArrayList<>(sortedClaims.size());
    try (ClaimAnalyzer analyzer = new ClaimAnalyzer()) {
      for (Claim c : sortedClaims) {
        profiles.add(ClaimProfile.of(c, analyzer));
      }
      TermWeights idf = TermWeights.of(profiles);
      ScoredPairs pairs = new ScoredPairs(profiles, idf, options, model);
      try (CandidateIndex index = new CandidateIndex(profiles, analyzer)) {
        for (int i = 0; i < profiles.size(); i++) {
          for (int j : index.nearest(i, profiles.get(i), idf, options.candidates())) {
            long key = key(i, j);
            if (!pairs.scored.containsKey(key)) {
              pairs.scored(Math.min(i, j), Math.max(i, j));
              pairs.candidates.add(key);
            }
          }
        }
      }
      return pairs;
    }
  }

  /** The profiles of claims already sorted by id (for training: no index, no candidates). */
  static List<ClaimProfile> profiles(List<Claim> sortedClaims) {
    List<ClaimProfile> profiles = new ArrayList<>(sortedClaims.size());
    try (ClaimAnalyzer analyzer = new ClaimAnalyzer()) {
      for (Claim c : sortedClaims) {
        profiles.add(ClaimProfile.of(c, analyzer));
      }
    }
    return profiles;
  }

  static long key(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return ((long) lo << 32) | hi;
  }

  static int first(long key) {
    return (int) (key >>> 32);
  }

  static int second(long key) {
    return (int) key;
  }

  /** The scored candidate keys that may merge, best first (ties: smaller positions first). */
  List<Long> mergeCandidates() {
    List<Long> out = new ArrayList<>();
    for (long k : candidates) {
      if (scored.get(k).same()) {
        out.add(k);
      }
    }
    out.sort(Comparator.comparingDouble((Long k) -> -scored.get(k).probability()).thenComparingLong(k -> k));
    return out;
  }

  Collection<Long> keys() {
    return candidates;
  }

  /** The similarity used for merging: the probability, or 0 when the pair disagrees or names differ. */
  double linkage(int a, int b) {
    Scored s = scored(a, b);
    return s.features().disagreement() == null && !s.features().namesDiffer() ? s.probability() : 0;
  }

  Scored scored(int a, int b) {
    long key = key(a, b);
    Scored s = scored.get(key);
    if (s == null) {
      double bar = Math.min(options.memberFloor(), options.conflictThreshold());
      PairFeatures f = PairFeatures.of(
          profiles.get(first(key)), profiles.get(second(key)), idf, names, options.synonyms(), model, bar);
      double p = model.probability(f.values());
      boolean agree = f.disagreement() == null;
      boolean same = agree && !f.namesDiffer() && p >= options.linkThreshold();
      s = new Scored(p, f, same, !agree && p >= options.conflictThreshold());
      scored.put(key, s);
    }
    return s;
  }
}
